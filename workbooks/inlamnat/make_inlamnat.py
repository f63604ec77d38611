# Writes the example submissions for the 2024 round: each committee's template from
# workbooks/mall/ filled in the way a committee would, with openpyxl, then opened and saved
# by LibreOffice so that every formula carries its computed value (as Excel or LibreOffice
# leave it when the committee saves). The numbers are plausible splits whose net total
# equals the committee's frame in seed 000's Bilaga 2 every year; personnel and running
# costs grow by the round's indices (3,9/3,4/3,3 % and 2,4/2,5/2,7 %), depreciation stays flat
# and revenue balances. Amounts in tkr with one decimal.
#
# Usage: /usr/bin/python3 make_inlamnat.py   (needs python3-openpyxl and LibreOffice)
import os
import shutil
import subprocess
import tempfile
from decimal import Decimal, ROUND_HALF_UP

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
MALL = os.path.join(HERE, "..", "mall")
YEARS = (2024, 2025, 2026)
PERSONAL_INDEX = (Decimal("0.039"), Decimal("0.034"), Decimal("0.033"))
DRIFT_INDEX = (Decimal("0.024"), Decimal("0.025"), Decimal("0.027"))
TENTH = Decimal("0.1")

# Seed 000, Bilaga 2 (mnkr), and the committee's revenue share of gross cost, personnel share.
COMMITTEES = {
    "HSN": (("4328.9", "4358.1", "4401.0"), "0.12", "0.58"),
    "TVN": (("191.8", "184.8", "187.8"), "0.45", "0.62"),
    "PN": (("4.0", "4.0", "4.1"), "0.02", "0.80"),
    "SVN": (("0.0", "0.0", "0.0"), "1.00", "0.55"),
    "TN": (("385.4", "399.2", "415.2"), "0.35", "0.08"),
    "KBN": (("109.2", "112.5", "113.1"), "0.20", "0.45"),
    "RUN": (("33.8", "33.8", "34.2"), "0.30", "0.35"),
    "RS": (("1341.3", "1382.8", "1419.2"), "0.25", "0.40"),
    "FF": (("-6322.8", "-6760.0", "-6903.2"), None, None),
}

# Satsningar and Effektiviseringar per committee: (text, amounts per year, text).
SATSNINGAR = {
    "HSN": [("Barn och unga: psykisk hälsa", (8000, 12000, 12000), "Fler behandlare i första linjen"),
            ("Arbetsskor till vårdpersonal", (1500, 1500, 1500), "Skyddsskor till alla i patientnära arbete")],
    "TN": [("Tätare turer Karlskrona–Ronneby", (4200, 4300, 4400), "Halvtimmestrafik i rusningstid")],
    "KBN": [("Digital folkhögskola", (600, 600, 600), "Distanskurser på folkhögskolan")],
    "RS": [("Cybersäkerhet", (2500, 2500, 2500), "Säkerhetscenter i Regionservice")],
}
MEASURES = {
    "HSN": ("Färre hyrläkare", "Minskade inköp av bemanning"),
    "TVN": ("Samordnad materielupphandling", "Ett sortiment i alla kliniker"),
    "PN": ("Digital ärendehantering", "Mindre porto och tryck"),
    "SVN": ("Samlad administration", "Ingen konsekvens för verksamheten"),
    "TN": ("Effektivare fordonsomlopp", "Något längre bytestider"),
    "KBN": ("Samlokalisering av kansli", "Färre lokaler"),
    "RUN": ("Färre externa konsulter", "Projektledning i egen regi"),
    "RS": ("Gemensam servicedesk", "Längre svarstider kvällstid"),
    "FF": ("Lägre kostnad för pensionsförvaltning", "Ingen konsekvens för verksamheten"),
}
# Interna överenskommelser: (seller, buyer, what, amounts per year). The seller books revenue
# (negative), the buyer the same cost (positive).
AGREEMENTS = [
    ("RS", "HSN", "Lokalvård och fastighetsservice", (42000, 43000, 44100)),
    ("RS", "TVN", "IT-stöd", (3100, 3200, 3300)),
    ("HSN", "TN", "Sjukresor", (28500, 29200, 30000)),
]


def tkr(mnkr):
    return Decimal(mnkr) * 1000


def tenth(x):
    return x.quantize(TENTH, rounding=ROUND_HALF_UP)


def lines_for(code):
    """Intäkter, Personal, Drift, Avskrivningar per year, summing exactly to the frame."""
    frames, revenue_share, personnel_share = COMMITTEES[code]
    frames = [tkr(f) for f in frames]
    if code == "FF":   # taxes and grants as revenue, pensions and central pots as costs
        personal, drift, avskr = Decimal("152300.0"), Decimal("348700.0"), Decimal("0.0")
    elif code == "SVN":   # costs shared by the municipalities: revenue covers everything
        personal, drift, avskr = Decimal("1240.0"), Decimal("860.0"), Decimal("0.0")
    else:
        gross = frames[0] / (1 - Decimal(revenue_share))
        personal = tenth(gross * Decimal(personnel_share))
        avskr = tenth(gross * Decimal("0.03"))
        drift = tenth(gross - personal - avskr)
    rows = []
    for y, frame in enumerate(frames):
        if y > 0:
            personal = tenth(personal * (1 + PERSONAL_INDEX[y]))
            drift = tenth(drift * (1 + DRIFT_INDEX[y]))
        rows.append((frame - personal - drift - avskr, personal, drift, avskr))
    return rows


def named_area(book, name):
    """(sheet, first row, first column) of a workbook-wide defined name."""
    ref = book.defined_names[name].attr_text
    sheet, cells = ref.rsplit("!", 1)
    sheet = sheet.strip("'").replace("''", "'")
    first = cells.replace("$", "").split(":")[0]
    col, row = openpyxl.utils.cell.coordinate_from_string(first)
    return book[sheet], row, openpyxl.utils.column_index_from_string(col)


def fill_list(book, name, rows):
    sheet, row, col = named_area(book, "Lista_" + name)
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            sheet.cell(row=row + r, column=col + c, value=value)


def fill(code, path):
    book = openpyxl.load_workbook(path)
    for line, values in zip(("Intäkter", "Personal", "Drift", "Avskrivningar"), zip(*lines_for(code))):
        sheet, row, col = named_area(book, "Rad_" + line)
        for y, value in enumerate(values):
            sheet.cell(row=row, column=col + y, value=float(value))
    fill_list(book, "Satsningar", [(t, *a, d) for t, a, d in SATSNINGAR.get(code, [])])
    frames = [tkr(f) for f in COMMITTEES[code][0]]
    measure, consequence = MEASURES[code]
    savings = [float(tenth(abs(f) * Decimal("0.016"))) for f in frames]
    fill_list(book, "Effektiviseringar", [(measure, *savings, consequence)])
    internal = []
    for seller, buyer, what, amounts in AGREEMENTS:
        if code == seller:
            internal.append((buyer, "säljare", what, *[-a for a in amounts]))
        if code == buyer:
            internal.append((seller, "köpare", what, *amounts))
    fill_list(book, "Interna", internal)
    book.save(path)


def recalculate(path, tmp):
    """Opens and saves the workbook in LibreOffice, which computes every formula."""
    profile = "file://" + os.path.join(tmp, "lo-profile")
    out = os.path.join(tmp, "out")
    subprocess.run(["soffice", "-env:UserInstallation=" + profile, "--headless", "--calc",
                    "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(out, os.path.basename(path)), path)


def main():
    with tempfile.TemporaryDirectory() as tmp:
        for code in COMMITTEES:
            name = "%s-2024.xlsx" % code
            work = os.path.join(tmp, name)
            shutil.copy(os.path.join(MALL, name), work)
            fill(code, work)
            recalculate(work, tmp)
            shutil.copy(work, os.path.join(HERE, name))


if __name__ == "__main__":
    main()
