# Writes the example submissions for the 2024 round from the templates in workbooks/mall/: each
# committee's template filled in the way a committee would, with openpyxl, then opened and saved
# by LibreOffice so that every formula carries its computed value (as Excel or LibreOffice
# leave it when the committee saves). Two sets:
#
#   ../inlamnat-utan-fel/  the nine committees, clean: the net totals equal the frames in seed
#                          000's Bilaga 2 every year; personnel and running costs grow by the
#                          round's indices (3,9/3,4/3,3 % and 2,4/2,5/2,7 %), depreciation stays
#                          flat and revenue balances; KBN gives its varav parts as basenheter.
#   ./ (inlamnat/)         the same round with the deliberate mistakes of MISTAKES below, each in
#                          a known cell; SVN has not submitted and RUN sent an old .xls file.
#
# Amounts in tkr with one decimal. make_legacy.py writes TN-2024-egen.xlsx next to these.
#
# Usage: /usr/bin/python3 make_inlamnat.py   (needs python3-openpyxl and LibreOffice)
import os
import re
import shutil
import subprocess
import tempfile
import zipfile
from decimal import Decimal, ROUND_HALF_UP

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
MALL = os.path.join(HERE, "..", "mall")
CLEAN = os.path.join(HERE, "..", "inlamnat-utan-fel")
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


# KBN's varav parts (rules: part FHS, KOB) as basenheter: shares of each of its lines.
BASENHETER = {
    "KBN": [("Blekinge folkhögskola", Decimal("0.34")), ("Kultur och bildning", None)],   # None: the rest
}

# The deliberate mistakes of the example round (inlamnat/), made by fill() and make(). Cells of the Budget sheet: columns
# B, C, D are 2024, 2025, 2026; rows 6 Intäkter, 7 Personal, 8 Drift, 9 Avskrivningar, 10 Totalt.
#   HSN  Drift 2025 (C8) 1 000 tkr too high: the net total 2025 (C10) is over the frame.
#   TVN  Drift 2026 (D8) not indexed (same as 2025), revenue 2026 (D6) balancing the frame.
#   PN   Intäkter 2026 (D6) typed without its minus sign: positive revenue, and the net total
#        2026 (D10) over the frame by twice the amount.
#   TN   Totalt 2026 (D10) typed over the formula as the frame, after Drift 2026 (D8) rose by
#        400 tkr: the total is not the sum of its lines.
#   KBN  the basenheter (varav parts) cost 2 500 tkr more net in 2024 than KBN's total (B10):
#        Kultur och bildning's Drift 2024 (Basenheter!H6) is too high.
#   RS   sells IT-stöd to TVN for 3 400 tkr in 2025 ('Interna överenskommelser'!E6) while TVN
#        budgets the agreed 3 200 tkr (its E5).
#   FF   Personal 2025 (C7) stored as the Swedish text "157 478,2" (with a no-break space), the
#        cached total as a Swedish Excel computes it.
#   SVN  has not submitted (no file); RUN saved its file as Excel 97-2003 (RUN-2024.xls).


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


def basenheter(code, lines, mistakes):
    """The varav parts as basenheter rows: per part and line the amounts of the three years."""
    rows, rest = [], [list(year) for year in lines]
    parts = BASENHETER.get(code, [])
    for name, share in parts:
        if share is None:
            amounts = rest
        else:
            amounts = [[tenth(v * share) for v in year] for year in lines]
            rest = [[r - a for r, a in zip(ry, ay)] for ry, ay in zip(rest, amounts)]
        if mistakes and code == "KBN" and share is None:
            amounts = [list(year) for year in amounts]
            amounts[0][2] += 2500   # Drift 2024
        # columns: Basenhet, then each line's three years
        rows.append((name, *[float(amounts[y][line]) for line in range(4) for y in range(3)]))
    return rows


def fill(code, path, mistakes):
    book = openpyxl.load_workbook(path)
    lines = [list(year) for year in lines_for(code)]
    if mistakes and code == "HSN":
        lines[1][2] += 1000                         # Drift 2025
    if mistakes and code == "TVN":
        lines[2][0] -= lines[1][2] - lines[2][2]    # revenue balances the frame
        lines[2][2] = lines[1][2]                   # Drift 2026 = Drift 2025
    if mistakes and code == "PN":
        lines[2][0] = -lines[2][0]                  # Intäkter 2026 without its minus
    if mistakes and code == "TN":
        lines[2][2] += 400                          # Drift 2026; Totalt typed below
    for line, values in zip(("Intäkter", "Personal", "Drift", "Avskrivningar"), zip(*lines)):
        sheet, row, col = named_area(book, "Rad_" + line)
        for y, value in enumerate(values):
            sheet.cell(row=row, column=col + y, value=float(value))
    if mistakes and code == "TN":
        sheet, row, col = named_area(book, "Rad_Totalt")
        sheet.cell(row=row, column=col + 2, value=float(tkr(COMMITTEES["TN"][0][2])))
    fill_list(book, "Satsningar", [(t, *a, d) for t, a, d in SATSNINGAR.get(code, [])])
    frames = [tkr(f) for f in COMMITTEES[code][0]]
    measure, consequence = MEASURES[code]
    savings = [float(tenth(abs(f) * Decimal("0.016"))) for f in frames]
    fill_list(book, "Effektiviseringar", [(measure, *savings, consequence)])
    internal = []
    for seller, buyer, what, amounts in AGREEMENTS:
        if code == seller:
            sold = [-a for a in amounts]
            if mistakes and code == "RS" and buyer == "TVN":
                sold[1] = -3400
            internal.append((buyer, "säljare", what, *sold))
        if code == buyer:
            internal.append((seller, "köpare", what, *amounts))
    fill_list(book, "Interna", internal)
    fill_list(book, "Basenheter", basenheter(code, lines, mistakes))
    book.save(path)


def recalculate(path, tmp):
    """Opens and saves the workbook in LibreOffice, which computes every formula."""
    profile = "file://" + os.path.join(tmp, "lo-profile")
    out = os.path.join(tmp, "out")
    subprocess.run(["soffice", "-env:UserInstallation=" + profile, "--headless", "--calc",
                    "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(out, os.path.basename(path)), path)


def swedish(value):
    """157478.2 -> "157 478,2" with a no-break space, as a Swedish Excel shows it."""
    whole, frac = ("%.1f" % value).split(".")
    sign, digits = ("-", whole[1:]) if whole.startswith("-") else ("", whole)
    groups = []
    while digits:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    return sign + "\u00a0".join(groups) + "," + frac


def sheet_part(path, sheet):
    """The zip entry of a sheet, through workbook.xml and its relationships."""
    with zipfile.ZipFile(path) as z:
        workbook = z.read("xl/workbook.xml").decode()
        rels = z.read("xl/_rels/workbook.xml.rels").decode()
    rid = re.search(r'<sheet [^>]*name="%s"[^>]*r:id="([^"]+)"' % re.escape(sheet), workbook).group(1)
    target = re.search(r'<Relationship [^>]*Id="%s"[^>]*Target="([^"]+)"' % rid, rels)
    if target is None:
        target = re.search(r'<Relationship [^>]*Target="([^"]+)"[^>]*Id="%s"' % rid, rels)
    return "xl/" + target.group(1).lstrip("/").removeprefix("xl/")


def store_as_text(path, sheet, cell, text):
    """Rewrites one cell of a saved workbook as an inline string, leaving every other byte
    and the cached results of formulas as they are (as a pasted text in Excel would be)."""
    part = sheet_part(path, sheet)
    with zipfile.ZipFile(path) as z:
        entries = [(info, z.read(info.filename)) for info in z.infolist()]
    out = path + ".tmp"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in entries:
            if info.filename == part:
                xml = data.decode()
                pattern = r'<c r="%s"( s="\d+")?[^>]*?(/>|>.*?</c>)' % cell
                match = re.search(pattern, xml)
                style = match.group(1) or ""
                xml = xml[:match.start()] + '<c r="%s"%s t="inlineStr"><is><t>%s</t></is></c>' % (
                    cell, style, text) + xml[match.end():]
                data = xml.encode()
            z.writestr(info, data)
    os.replace(out, path)


def make(code, tmp, target, mistakes):
    name = "%s-2024.xlsx" % code
    work = os.path.join(tmp, name)
    shutil.copy(os.path.join(MALL, name), work)
    fill(code, work, mistakes)
    recalculate(work, tmp)
    if mistakes and code == "FF":
        store_as_text(work, "Budget", "C7", swedish(lines_for("FF")[1][1]))
    if mistakes and code == "RUN":   # saved in Excel 97-2003's format, which ramkoll does not read
        subprocess.run(["soffice", "-env:UserInstallation=file://" + os.path.join(tmp, "lo-profile"), "--headless",
                        "--convert-to", "xls:MS Excel 97", "--outdir", os.path.join(tmp, "xls"), work],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copy(os.path.join(tmp, "xls", "RUN-2024.xls"), os.path.join(target, "RUN-2024.xls"))
        return
    shutil.copy(work, os.path.join(target, name))


def main():
    os.makedirs(CLEAN, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for code in COMMITTEES:
            make(code, tmp, CLEAN, mistakes=False)
            if code != "SVN":
                make(code, tmp, HERE, mistakes=True)
    for stale in ("SVN-2024.xlsx", "RUN-2024.xlsx"):   # not in this set (SVN none, RUN an .xls)
        if os.path.exists(os.path.join(HERE, stale)):
            os.remove(os.path.join(HERE, stale))


if __name__ == "__main__":
    main()
