# Writes the legacy free-form submission (not made from a ramkoll template) of the example round:
#   TN-2024-egen.xlsx       Trafiknämnden's own layout for 2024–2026, written by LibreOffice:
#                           account codes in column A, labels in column B ("Verksamhetens
#                           intäkter", "Personalkostnader", "Driftskostnader",
#                           "Avskrivningskostnader", "Nettokostnad" — the form's synonyms),
#                           headers "Budget 2024", "Plan 2025", "Plan 2026" in row 4, the net
#                           cost as SUM formulas; Personal 2026 is typed as text "3 341,3"
#                           with a no-break space (read, and reported as a warning).
#
# Regionstaben's legacy table from seed 001 is ../exempel/regionstaben-2019.xlsx (its own generator).
#
# Usage: /usr/bin/python3 make_legacy.py   (needs LibreOffice)
import os
import shutil
import subprocess
import tempfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

TN_TITLE = "Trafiknämnden – budget 2024 och plan 2025–2026"
TN_ROWS = [   # (account, label, 2024, 2025, 2026) in tkr; nets are the frames 385 400 / 399 200 / 415 200
    ("3000", "Verksamhetens intäkter", "-210450.3", "-211223.5", "-211345.0"),
    ("5000", "Personalkostnader", "3128.2", "3234.6", None),
    ("6000", "Driftskostnader", "578672.1", "593138.9", "609153.7"),
    ("7800", "Avskrivningskostnader", "14050.0", "14050.0", "14050.0"),
]
TN_TEXT_AMOUNT = "3\u00a0341,3"   # Personal 2026, typed as text


def fods_cell(value=None, text=None, formula=None):
    if formula:
        return '<table:table-cell table:formula="of:=%s" office:value-type="float"/>' % escape(formula)
    if value is not None:
        return '<table:table-cell office:value-type="float" office:value="%s"/>' % value
    if text is not None:
        return '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % escape(text)
    return "<table:table-cell/>"


def tn_fods():
    rows = [[fods_cell(text=TN_TITLE)], [], [fods_cell(text="Underlag till budgetberedningen, belopp i tkr")],
            [fods_cell(text="Konto"), fods_cell(text="Tkr"), fods_cell(text="Budget 2024"),
             fods_cell(text="Plan 2025"), fods_cell(text="Plan 2026")]]
    for account, label, *values in TN_ROWS:
        cells = [fods_cell(text=account), fods_cell(text=label)]
        cells += [fods_cell(value=v) if v is not None else fods_cell(text=TN_TEXT_AMOUNT) for v in values]
        rows.append(cells)
    rows.append([fods_cell(), fods_cell(text="Nettokostnad")] +
                [fods_cell(formula="SUM([.%s5:.%s8])" % (c, c)) for c in "CDE"])
    body = "".join("<table:table-row>%s</table:table-row>" % "".join(r) for r in rows)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
            'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
            'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" '
            'office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">'
            '<office:body><office:spreadsheet><table:table table:name="Budget TN">'
            '<table:table-column table:number-columns-repeated="5"/>' + body +
            "</table:table></office:spreadsheet></office:body></office:document>\n")


def write_tn(tmp):
    src = os.path.join(tmp, "TN-2024-egen.fods")
    with open(src, "w", encoding="utf-8") as f:
        f.write(tn_fods())
    profile = "file://" + os.path.join(tmp, "lo-profile")
    subprocess.run(["soffice", "-env:UserInstallation=" + profile, "--headless", "--calc",
                    "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(tmp, "TN-2024-egen.xlsx"), os.path.join(HERE, "TN-2024-egen.xlsx"))


def main():
    with tempfile.TemporaryDirectory() as tmp:
        write_tn(tmp)


if __name__ == "__main__":
    main()
