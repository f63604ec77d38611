# Writes the bundled second round, Region Blekinge's budget 2023 with plan 2024–2025 (seed 002,
# rules/blekinge-2023.rules): ramkoll's template for each of the nine committees, filled in with
# openpyxl the way the committee would and saved by LibreOffice (which computes the formulas).
# `ramkoll run --rules rules/blekinge-2023.rules --in workbooks/blekinge-2023 --out DIR` then writes
# the document's annexes with every number it prints (tests/annex/seed002_annexes.py).
#
# The committees' frames are Bilaga 2's; the result budget is Bilaga 1's, in unrounded amounts that
# make each printed row and total come out (2023: 1 064,54 − 7 126,00 − 258,80 = −6 320,26, printed
# −6 320,3; Resultat −212,92, printed −212,9 while Bilaga 2's rows add up to 212,8). FF carries the
# taxes, state grants, financial items and förfogandeanslaget (Bilaga 6); see ../plan_round.py.
# FF also fills the balance, cash-flow and investment budgets and the targeted state grants
# (Bilaga 3, 4, 5, 7) with their history years and later plan years.
#
# Usage: /usr/bin/python3 make_blekinge_2023.py [--ramkoll ../../build/ramkoll]
#        (needs python3-openpyxl and LibreOffice)
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from decimal import Decimal

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "..")
sys.path.insert(0, os.path.join(HERE, ".."))
from plan_round import Plan, fill_lines, fill_list, recalculate, share_rows   # noqa: E402

RULES = os.path.join(ROOT, "rules", "blekinge-2023.rules")
# "uppräknad med 3,1 procent för 2023 och 3,3 procent för 2024 och 3,4 procent för 2025";
# running costs 3,7 / 2,8 / 2,8 %.
PERSONAL_INDEX = ("0.031", "0.033", "0.034")
DRIFT_INDEX = ("0.037", "0.028", "0.028")

# Bilaga 2 (mnkr), the committee's revenue share of gross cost, its personnel share.
COMMITTEES = {
    "HSN": (("4121.7", "4139.7", "4183.0"), "0.05", "0.58"),
    "TVN": (("179.9", "181.5", "184.5"), "0.30", "0.62"),
    "PN": (("3.8", "3.9", "3.9"), "0.02", "0.80"),
    "SVN": (("0.0", "0.0", "0.0"), "1.00", "0.55"),
    "TN": (("374.6", "385.8", "401.5"), "0.30", "0.08"),
    "KBN": (("99.0", "101.0", "103.6"), "0.15", "0.45"),
    "RUN": (("32.5", "32.3", "32.3"), "0.25", "0.35"),
    "RS": (("1228.2", "1254.1", "1285.2"), "0.10", "0.40"),
    "FF": (("-5826.9", "-5930.0", "-6302.4"), None, None),
}
# Bilaga 2's Resultat (−212,9; −168,3; 108,3) is not minus the sum of its rounded rows (212,8;
# 168,3; −108,4): HSN, TN and RS budget 40 tkr from their printed frames (FF's follows).
OFFSETS = {"HSN": (40, 0, 40), "TN": (40, 0, 0), "RS": (0, 0, 40)}
# Bilaga 1 (mnkr), unrounded; costs positive here.
REGION = {
    "revenue": ("1064.54", "1070.24", "1075.34"),
    "costs": ("7126.00", "7346.30", "7322.60"),
    "depreciation": ("258.80", "230.80", "256.00"),
    "taxes": ("4543.7", "4712.42", "4865.64"),
    "grants": ("1799.8", "1833.50", "1835.92"),
    "financial_income": ("40.00", "40.00", "40.00"),
    "financial_costs": ("276.16", "247.34", "130.00"),
}
AGREEMENTS = [
    ("RS", "HSN", "Lokalvård och fastighetsservice", (40000, 41000, 42000)),
    ("RS", "TVN", "IT-stöd", (3000, 3100, 3200)),
    ("HSN", "TN", "Sjukresor", (27500, 28200, 29000)),
]
PLAN = Plan(COMMITTEES, OFFSETS, PERSONAL_INDEX, DRIFT_INDEX, REGION, AGREEMENTS, "147000.0")

# Bilaga 6, "Satsningar utlagda på förfogandeanslag" (tkr; None: the document leaves it blank).
FORFOGANDEANSLAG = [
    ("ST-läkare", (3000, 3000, 3000)),
    ("Vårdutveckling", (5000, 5000, 5000)),
    ("Regionstyrelsens utrymme för åtgärder", (20290, 20850, 20850)),
    ("it-stöd", (1000, 1000, 1000)),
    ("Köpt vård", (10000, 10000, 10000)),
    ("FVIS (framtidens vårdinformationssystem)", (50000, 70000, None)),
    ("Framtidens vårdlokaler, projektorganisation", (10000, 10000, 10000)),
    ("Mobilitetsersättning", (700, 700, 700)),
    ("Affärssystem", (2000, None, None)),
    ("Dataskyddsverktyg", (450, 450, 450)),
    ("Utrustning nybyggda lokaler", (5000, 5000, 5000)),
    ("Arbetsskor", (None, 2500, 2500)),
]
# Finansförvaltningens plans (Bilaga 3, 4, 5, 7), entered as the document prints them, in mnkr
# for 2021–2025 (Utfall 2021, Prognos/Budget 2022, Budget 2023–2025); None: printed blank. The
# balance budget's sums are entered as printed too: some are not the sum of their printed parts,
# and 2025 does not balance, which the round's rules report.
BALANS = [
    ("Immateriella tillgångar", (17, 17, 17, 17, 17)),
    ("Mark och byggnad", (1734, 1746, 1903, 2271, 2726)),
    ("Maskiner och inventarier", (408, 505, 519, 551, 527)),
    ("Finansiella anläggningstillgångar", (69, 79, 79, 79, 79)),
    ("Summa anläggningstillgångar", (2228, 2347, 2518, 2917, 3348)),
    ("Förråd", (130, 120, 112, 102, 112)),
    ("Kortfristiga fordringar", (462, 612, 662, 712, 762)),
    ("Kortfristiga placeringar", (2090, 1940, 1940, 1940, 1940)),
    ("Kassa och bank", (588, 764, 804, 654, 429)),
    ("Summa omsättningstillgångar", (3271, 3437, 3519, 3408, 3243)),
    ("Summa tillgångar", (5499, 5784, 6037, 6326, 6592)),
    ("Eget kapital", (1809, 1970, 1757, 1589, 1697)),
    ("Avsättningar pensioner", (2453, 2595, 3081, 3558, 3736)),
    ("Långfristiga skulder", (1, 3, 3, 3, 3)),
    ("Kortfristiga skulder", (1236, 1216, 1196, 1176, 1156)),
    ("Summa skulder och eget kapital", (5499, 5784, 6037, 6326, 6593)),
]
# The cash-flow budget's parts; its sums are the annex's own totals (they add up as printed).
KASSAFLODE = [
    ("Årets resultat", (387, 161, -213, -168, 108)),
    ("Avskrivningar", (238, 239, 267, 239, 256)),
    ("Nedskrivningar/utrangering", (38, 0, 0, 0, 0)),
    ("Reavinst/reaförlust", (0, 0, 0, 0, 0)),
    ("Förändring avsättningar", (324, 142, 486, 477, 178)),
    ("Förändring förråd", (-13, 10, 8, 10, -10)),
    ("Förändring kortfristiga fordringar", (-104, -150, -50, -50, -50)),
    ("Förändring kortfristiga placeringar", (-400, 150, 0, 0, 0)),
    ("Förändring kortfristiga skulder", (-42, -20, -20, -20, -20)),
    ("Investeringar i immateriella anläggningstillgångar", (-2, 0, 0, 0, 0)),
    ("Investeringar i mark och byggnader", (-153, -147, -297, -502, -595)),
    ("Investeringar i maskiner och inventarier", (-105, -201, -141, -136, -92)),
    ("Inventarier tillförda vid regionbildning", (0, 0, 0, 0, 0)),
    ("Förvärv av finansiella tillgångar", (-13, -10, 0, 0, 0)),
    ("Nyupptagna lån", (0, 0, 0, 0, 0)),
    ("Amortering av långfristiga skulder", (1, 2, 0, 0, 0)),
    ("Likvida medel vid årets början", (432, 588, 764, 804, 654)),
]
# Bilaga 5 (tkr, 2023–2027), unrounded so that every printed row, column and the Summa column
# come out: the printed Summa 2023 (438 154) is 1 less than its printed parts (438 155), the
# Övrigt sum (90 000) 1 less than its printed years, and so on. The printed amount plus an offset
# under half a tkr per cell.
INVESTERINGAR = [
    ("Fastighet", (297464, 502256, 594913, 620258, 525109), ("-0.30", "0.30", "-0.15", "0.30", "-0.15")),
    ("Medicinsk teknik", (55000, 55000, 55000, 55000, 55000), ("-0.25", "0.30", "-0.15", "0.30", "-0.20")),
    ("It", (69668, 50308, 16032, 12260, 10732), ("0", "0", "0", "0", "0")),
    ("Övrigt", (16023, 30687, 20788, 8953, 13550), ("-0.45", "0", "-0.10", "0", "-0.45")),
]
# Bilaga 7 (mnkr): Nära vård 2021 is printed 86,6 above six rows that add up to 86,5.
STATSBIDRAG = [
    ("Förslag budget", (None, "164.0", "164.0", "164.0", "164.0")),
    ("Bidrag psykisk hälsa", ("11.8", None, None, None, None)),
    ("Nära vård", ("86.6", None, None, None, None)),
    ("Nära vård / Primärvård", ("37.0", None, None, None, None)),
    ("Ambulans", ("1.6", None, None, None, None)),
    ("Vårdens medarbetare", ("38.8", None, None, None, None)),
    ("Vidare utbildning", ("6.1", None, None, None, None)),
    ("Karriärtjänster", ("1.5", None, None, None, None)),
    ("Vision e-hälsa", ("1.5", None, None, None, None)),
    ("Förlossningsvård och kvinnorshälsa", ("21.2", None, None, None, None)),
    ("Ökad tillgänglighet i hälso- och sjukvården", ("42.4", None, None, None, None)),
    ("Jämlik och effektivare cancervård med kortare väntetider", ("9.1", None, None, None, None)),
    ("Uppskjuten vård, covid-19", ("61.4", "90.0", None, None, None)),
]


def mnkr_rows(rows):
    """List rows in tkr from (label, amounts in mnkr); None stays empty."""
    return [(label, *[None if v is None else Decimal(str(v)) * 1000 for v in amounts]) for label, amounts in rows]


def finance_plans(book):
    fill_list(book, "Balans", mnkr_rows(BALANS))
    fill_list(book, "Kassaflöde", mnkr_rows(KASSAFLODE))
    fill_list(book, "Investeringar", [(label, *[Decimal(a) + Decimal(d) for a, d in zip(amounts, offsets)])
                                      for label, amounts, offsets in INVESTERINGAR])
    fill_list(book, "Statsbidrag", mnkr_rows(STATSBIDRAG))


# KBN's varav parts as basenheter: Blekinge folkhögskola's share of each line, Kultur och
# bildning the rest.
FOLK_HIGH_SCHOOL_SHARE = Decimal("0.32")


def basenheter(code, lines):
    """The Basenheter rows: FF's parts, KBN's varav parts."""
    if code == "FF":
        return PLAN.finance_rows()
    if code != "KBN":
        return []
    return share_rows(lines, [("Blekinge folkhögskola", FOLK_HIGH_SCHOOL_SHARE), ("Kultur och bildning", None)])


def fill(code, path):
    book = openpyxl.load_workbook(path)
    lines = PLAN.lines(code)
    fill_lines(book, lines)
    if code == "FF":
        fill_list(book, "Satsningar", [(label, *amounts, "Förfogandeanslag") for label, amounts in FORFOGANDEANSLAG])
        finance_plans(book)
    fill_list(book, "Interna", PLAN.internal(code))
    fill_list(book, "Basenheter", basenheter(code, lines))
    book.save(path)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--ramkoll", default=os.path.join(ROOT, "build", "ramkoll"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        mall = os.path.join(tmp, "mall")
        subprocess.run([args.ramkoll, "template", "--rules", RULES, "--out", mall], check=True,
                       stdout=subprocess.DEVNULL)
        for code in COMMITTEES:
            name = "%s-2023.xlsx" % code
            work = os.path.join(tmp, name)
            shutil.copy(os.path.join(mall, "%s-2023.xlsx" % code), work)
            fill(code, work)
            recalculate(work, tmp)
            shutil.copy(work, os.path.join(HERE, name))


if __name__ == "__main__":
    main()
