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
import sys
import tempfile
import zipfile
from decimal import Decimal

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
from plan_round import Plan, fill_lines, fill_list, named_area, recalculate, share_rows, tkr   # noqa: E402

MALL = os.path.join(HERE, "..", "mall")
CLEAN = os.path.join(HERE, "..", "inlamnat-utan-fel")
YEARS = (2024, 2025, 2026)
PERSONAL_INDEX = (Decimal("0.039"), Decimal("0.034"), Decimal("0.033"))
DRIFT_INDEX = (Decimal("0.024"), Decimal("0.025"), Decimal("0.027"))

# Seed 000, Bilaga 2 (mnkr), and the committee's revenue share of gross cost, personnel share.
# The finance administration (FF) has no shares: its lines are what is left of seed 000's
# Bilaga 1 once the committees are counted (lines_for_ff).
COMMITTEES = {
    "HSN": (("4328.9", "4358.1", "4401.0"), "0.05", "0.58"),
    "TVN": (("191.8", "184.8", "187.8"), "0.30", "0.62"),
    "PN": (("4.0", "4.0", "4.1"), "0.02", "0.80"),
    "SVN": (("0.0", "0.0", "0.0"), "1.00", "0.55"),
    "TN": (("385.4", "399.2", "415.2"), "0.30", "0.08"),
    "KBN": (("109.2", "112.5", "113.1"), "0.15", "0.45"),
    "RUN": (("33.8", "33.8", "34.2"), "0.25", "0.35"),
    "RS": (("1341.3", "1382.8", "1419.2"), "0.10", "0.40"),
    "FF": (("-6322.8", "-6760.0", "-6903.2"), None, None),
}
# Bilaga 2 rounds each committee to 0,1 mnkr, and its Resultat (−71,7; 284,7; 328,6) is not
# minus the sum of the rounded rows (71,6; −284,8; −328,6): the committees' real budgets lie a few
# tens of tkr from the printed frames, within the frame rule's 0,05 mnkr. These are the tkr by
# which HSN's, TN's and RS's net totals differ from their frames (FF's follows from Bilaga 1).
OFFSETS = {"HSN": (40, 0, 0), "TN": (0, 30, 0), "RS": (0, 40, 0)}

# Seed 000, Bilaga 1 (mnkr), unrounded so that every printed row and total comes out when each is
# rounded on its own (2024: 1 151,6 − 7 491,8 − 220,1 is printed −6 560,2, not −6 560,3).
REGION = {
    "revenue": ("1151.64", "1156.8", "1156.76"),        # Verksamhetens intäkter
    "costs": ("7491.76", "7432.7", "7605.50"),          # Verksamhetens kostnader (positive here)
    "depreciation": ("220.06", "228.1", "234.12"),      # Avskrivningar
    "taxes": ("4681.6", "4874.7", "5045.22"),           # Skatteintäkter
    "grants": ("2059.3", "1984.6", "2000.10"),          # Statsbidrag
    "financial_income": ("100.0", "60.0", "49.96"),     # Finansiella intäkter
    "financial_costs": ("352.4", "130.6", "83.80"),     # Finansiella kostnader (positive here)
}
FF_PERSONAL = Decimal("152300.0")   # pensions and the finance administration's own staff, 2024

# Satsningar per committee: (text, amounts per year in tkr (None: empty cell), text). Seed 000's
# Bilaga 4 (särskilda satsningar: Hälsoval to HSN, the folk high schools' and study associations' to
# KBN, own staff instead of consultants to RS) and, for FF, Bilaga 3 (förfogandeanslaget), with the
# document's labels as printed ("Hälsoalet", "Arbetskör").
SATSNINGAR = {
    "HSN": [("Hälsoalet", (35000, 40000, 45000), "Hälsoval Blekinge tillförs medel för nära vård")],
    "KBN": [("Utökat hälsolyft", (500, 500, 500), "Folkhälsolyftet utökas till 1,5 miljoner kr"),
            ("Studieförbunden", (1000, 1000, 1000), "Folkbildningen stärks när statsbidraget minskar"),
            ("Bristyrkesutbildning Folkhögskolor", (2000, 3000, 3000), "Gemensam pott till länets folkhögskolor")],
    "RS": [("Egen personal istället för konsulter", (3000, 5000, 10000), "Färre inhyrda konsulter")],
    "FF": [("ST-läkare", (3000, 3000, 3000), "Förfogandeanslag"),
           ("Vårdutveckling", (5000, 5000, 5000), "Förfogandeanslag"),
           ("Regionstyrelsens utrymme för åtgärder", (20530, 20530, 20530), "Förfogandeanslag"),
           ("It-stöd", (1000, 1000, 1000), "Förfogandeanslag"),
           ("Köpt vård", (20000, 40000, 60000), "Förfogandeanslag"),
           ("FVIS (framtidens vårdinformationssystem)", (70000, 57000, None), "Förfogandeanslag"),
           ("Framtidens vårdlokaler, projektorganisation", (10000, 10000, 10000), "Förfogandeanslag"),
           ("Mobilitetsersättning", (700, 700, 700), "Förfogandeanslag"),
           ("Dataskyddsverktyg", (450, 450, 450), "Förfogandeanslag"),
           ("Utrustning nybyggda lokaler", (None, 5000, 5000), "Förfogandeanslag"),
           ("Arbetskör", (2500, 2500, 2500), "Förfogandeanslag")],
}
# Seed 000, Bilaga 5: the region's efficiency measures (tkr), each shared among the committees
# with a frame in proportion to their frames, so that every committee's part meets the 1,5 %
# requirement and the annex, which adds the parts by measure, prints the document's amounts.
MEASURES = [
    ("Uttag extra semesterdag", (12000, 12000, 12000), "En semesterdag mindre att ta ut"),
    ("Standardiserad upphandling", (10000, 12000, 15000), "Färre egna avtal"),
    ("RAK (rätt använd kompetens)", (15000, 15000, 15000), "Uppgifter flyttas till rätt yrkesgrupp"),
    ("Digitalisering", (10000, 12000, 15000), "Fler ärenden digitalt"),
    ("Lokaler, effektivisera lokalyta administration", (5000, 5000, 5000), "Mindre kontorsyta"),
    ("Ökade intäkter", (5000, 5000, 5000), "Högre avgifter och försäljning"),
    ("Ökad följsamhet till resepolicy", (5000, 5000, 5000), "Fler digitala möten"),
    ("Administration, ej vårdnära", (25000, 30000, 40000), "Färre administrativa tjänster"),
    ("Minskat konsultutnyttjande", (15000, 20000, 25000), "Egen personal i stället för konsulter"),
]
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


PLAN = Plan(COMMITTEES, OFFSETS, PERSONAL_INDEX, DRIFT_INDEX, REGION, AGREEMENTS, FF_PERSONAL)


def lines_for(code):
    return PLAN.lines(code)


def basenheter(code, lines, mistakes):
    """The Basenheter rows: FF's parts, KBN's varav parts."""
    if code == "FF":
        return PLAN.finance_rows()
    rows = share_rows(lines, BASENHETER.get(code, []))
    if mistakes and code == "KBN":
        rows[-1][7] += 2500   # Kultur och bildning's Drift 2024 (Basenhet, then Intäkter, Personal, Drift per year)
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
    fill_lines(book, lines)
    if mistakes and code == "TN":
        sheet, row, col = named_area(book, "Rad_Totalt")
        sheet.cell(row=row, column=col + 2, value=float(tkr(COMMITTEES["TN"][0][2])))
    fill_list(book, "Satsningar", [(t, *a, d) for t, a, d in SATSNINGAR.get(code, [])])
    fill_list(book, "Effektiviseringar", PLAN.shared(code, MEASURES))
    internal = PLAN.internal(code)
    if mistakes and code == "RS":
        next(row for row in internal if row[0] == "TVN")[4] = -3400   # IT-stöd 2025
    fill_list(book, "Interna", internal)
    fill_list(book, "Basenheter", basenheter(code, lines, mistakes))
    book.save(path)


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
