#!/usr/bin/python3
# Writes a synthetic budget round for the round benchmark of issue #8 (bench/round.sh): a rule
# file declaring N committees, and one filled submission per committee laid out as a ramkoll
# template (the defined names Metadata, År, Rad_<line>, Rubrik_/Lista_/Summa_<list> and the
# hidden metadata sheet `ramkoll`), so `ramkoll check` reads each file as a returned template.
# Each submission has the Budget sheet (formulas with their cached values, as Excel saves
# them), Satsningar, Effektiviseringar, Interna överenskommelser and 200 cost-centre rows ×
# 3 years in the optional Basenheter list. Written with python3-xlsxwriter, seeded: the same
# N always gives the same files. About 1 in 25 committees misses its frame by 1 000 tkr and
# about 1 in 40 has personnel costs above the index, so check reports some findings.
#
#   /usr/bin/python3 bench/gen_round.py OUT_DIR [N]
#   -> OUT_DIR/round-N.rules (the first N committees) and OUT_DIR/inlamnat-N/<CODE>-2024.xlsx,
#      hard links to OUT_DIR/files/, where each submission is written once: committee i's file
#      is the same in every N, so a smaller round reuses the files of a larger one.
import os
import random
import sys
from decimal import Decimal, ROUND_HALF_UP

import xlsxwriter

SEED = 20261123
YEARS = (2024, 2025, 2026)
TITLE = "Syntetisk omgång, budget 2024 med plan 2025–2026"
PERSONAL_INDEX = (Decimal("0.039"), Decimal("0.034"), Decimal("0.033"))
DRIFT_INDEX = (Decimal("0.024"), Decimal("0.025"), Decimal("0.027"))
BASENHETER = 200
LIST_ROWS = 20          # input rows of the small lists, as in a generated template
TENTH = Decimal("0.1")

FORM = """form
  line Intäkter "Intäkter" negative
  line Personal "Personal" positive
  line Drift "Drift" positive
  line Avskrivningar "Avskrivningar" positive
  total Totalt "Totalt" = Intäkter + Personal + Drift + Avskrivningar

  list Satsningar "Satsningar"
    column Benämning "Benämning" text
    column Belopp "Belopp" amount per year
    column Beskrivning "Beskrivning" text

  list Effektiviseringar "Effektiviseringar"
    column Åtgärd "Åtgärd" text
    column Belopp "Belopp" amount per year
    column Konsekvens "Konsekvens" text

  list Interna "Interna överenskommelser"
    column Motpart "Motpart" committee
    column Roll "Roll" text
    column Avser "Avser" text
    column Belopp "Belopp" amount per year

  list Basenheter "Basenheter" optional
    column Basenhet "Basenhet" text
    column Intäkter "Intäkter" amount per year
    column Personal "Personal" amount per year
    column Drift "Drift" amount per year
    column Avskrivningar "Avskrivningar" amount per year
"""

RULES = """
rule "Nettokostnaden är lika med ramen" error
  each year: Totalt = frame ± 0,05 mnkr
  message "Nettokostnaden {år} är {faktiskt} men ramen är {väntat} (skillnad {skillnad})"

rule "Personalkostnaderna är uppräknade med löneindex" warning
  each year after first: Personal = Personal[föregående år] × (1 + index personal) ± 0,5 %
  message "Personal {år} är {faktiskt}; uppräknat med löneindex blir det {väntat} (skillnad {skillnad})"

rule "Driftkostnaderna är uppräknade med prisindex" warning
  each year after first: Drift = Drift[föregående år] × (1 + index drift) ± 0,5 %
  message "Drift {år} är {faktiskt}; uppräknat med prisindex blir det {väntat} (skillnad {skillnad})"

rule "Effektiviseringarna motsvarar kravet" info
  each year: sum(Effektiviseringar.Belopp) ≥ effektiviseringskrav × frame
  message "Effektiviseringar {år}: {faktiskt}, kravet är {väntat}"

rule "Säljarna budgeterar inte mer intäkt än köparna kostnad" error
  across all submissions: abs(sum(Interna.Belopp where Roll = "säljare")) ≤ sum(Interna.Belopp where Roll = "köpare")
  message "Interna överenskommelser {år}: säljarna har {faktiskt} i intäkt men köparna bara {väntat} i kostnad"
"""

# What `ramkoll consolidate` writes for the round (no agreements matrix: N × N cells).
ANNEXES = """
annex Nämndbudget "Bilaga 2. Nämndbudget" mnkr 1 decimal
  committees chart

annex Satsningar "Bilaga 4. Särskilda satsningar" mnkr 2 decimals
  items Satsningar.Belopp label Benämning

annex Effektiviseringar "Bilaga 5. Effektiviseringar" mnkr 2 decimals
  items Effektiviseringar.Belopp label Åtgärd requirement effektiviseringskrav

annex Sammanställning "Sammanställning per nämnd och rad" tkr 1 decimal
  lines
"""


def tenth(x):
    return x.quantize(TENTH, rounding=ROUND_HALF_UP)


def swedish(x):
    """A decimal as the rule language writes it: 1 234,5."""
    sign = "−" if x < 0 else ""
    whole, _, frac = f"{abs(x):.1f}".partition(".")
    groups = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return f"{sign}{' '.join(groups)},{frac}"


def committees(n, rng):
    out = []
    for i in range(1, n + 1):
        code = f"N{i:04d}"
        frame0 = Decimal(rng.randrange(20, 40000)) / 10   # mnkr, one decimal
        frames = [frame0]
        for _ in YEARS[1:]:
            frames.append(tenth(frames[-1] * (1 + Decimal(rng.randrange(0, 40)) / 1000)))
        out.append((code, f"Nämnd {i}", frames))
    return out


def write_rules(path, comms):
    with open(path, "w", encoding="utf-8") as f:
        f.write(f'# Synthetic round of {len(comms)} committees for bench/round.sh, written by bench/gen_round.py.\n\n')
        f.write(f'round "{TITLE}"\nyears {" ".join(map(str, YEARS))}\nunit tkr\ntolerance 1 tkr\n\n')
        f.write('index personal "Personalkostnader": 3,9 % ; 3,4 % ; 3,3 %\n')
        f.write('index drift "Driftskostnader": 2,4 % ; 2,5 % ; 2,7 %\n')
        f.write('constant effektiviseringskrav = 1,5 %\n\n')
        for code, name, frames in comms:
            f.write(f'committee {code} "{name}"\n  frame: {" ; ".join(swedish(x) for x in frames)} mnkr\n')
        f.write("\n" + FORM + RULES + ANNEXES)


def budget_lines(frames_tkr, rng, personal_off):
    """Intäkter, Personal, Drift, Avskrivningar per year; the net equals the frame."""
    gross = frames_tkr[0] / (1 - Decimal(rng.randrange(5, 45)) / 100)
    personal = tenth(gross * Decimal(rng.randrange(30, 70)) / 100)
    avskr = tenth(gross * Decimal("0.03"))
    drift = tenth(gross - personal - avskr)
    rows = []
    for y, frame in enumerate(frames_tkr):
        if y > 0:
            personal = tenth(personal * (1 + PERSONAL_INDEX[y] + (Decimal("0.02") if personal_off else 0)))
            drift = tenth(drift * (1 + DRIFT_INDEX[y]))
        rows.append([frame - personal - drift - avskr, personal, drift, avskr])
    return rows


def col(c):
    return xlsxwriter.utility.xl_col_to_name(c)


def write_list(book, sheet, name, headers, rows, amount_cols, fmt, total_fmt):
    """A list sheet as a template has it: header in row 4, input rows from row 5, sum row below."""
    header_row, first = 3, 4                 # 0-based rows: Excel rows 4 and 5
    n = max(len(rows), LIST_ROWS)
    sum_row = first + n
    sheet.write(0, 0, name)
    for c, h in enumerate(headers):
        sheet.write(header_row, c, h)
    for r, values in enumerate(rows):
        for c, v in enumerate(values):
            if c in amount_cols:
                sheet.write_number(first + r, c, float(v), fmt)
            else:
                sheet.write_string(first + r, c, v)
    sheet.write(sum_row, 0, "Summa")
    for c in amount_cols:
        total = float(sum(Decimal(str(row[c])) for row in rows))
        sheet.write_formula(sum_row, c, f"=SUM({col(c)}{first + 1}:{col(c)}{first + n})", total_fmt, total)
    last = col(len(headers) - 1)
    quoted = f"'{sheet.name}'" if " " in sheet.name else sheet.name
    list_name = sheet_list_name[sheet.name]
    book.define_name(f"Rubrik_{list_name}", f"={quoted}!$A${header_row + 1}:${last}${header_row + 1}")
    book.define_name(f"Lista_{list_name}", f"={quoted}!$A${first + 1}:${last}${first + n}")
    book.define_name(f"Summa_{list_name}", f"={quoted}!$A${sum_row + 1}:${last}${sum_row + 1}")


sheet_list_name = {"Satsningar": "Satsningar", "Effektiviseringar": "Effektiviseringar",
                   "Interna överenskommelser": "Interna", "Basenheter": "Basenheter"}


def write_submission(path, index, comms, rng):
    code, name, frames = comms[index]
    frames_tkr = [f * 1000 for f in frames]
    frame_off = rng.randrange(25) == 0
    personal_off = rng.randrange(40) == 0
    lines = budget_lines(frames_tkr, rng, personal_off)
    if frame_off:
        lines[1][1] += 1000          # personnel 2025 one million too high: the net misses the frame

    book = xlsxwriter.Workbook(path)
    amount = book.add_format({"num_format": "#,##0.0"})
    total = book.add_format({"num_format": "#,##0.0", "bold": True})

    budget = book.add_worksheet("Budget")
    budget.write(0, 0, f"Budgetunderlag 2024–2026: {name} ({code})")
    budget.write(1, 0, TITLE)
    budget.write(4, 0, "Rad (tkr)")
    for y, year in enumerate(YEARS):
        budget.write_number(4, 1 + y, year)
    labels = ("Intäkter", "Personal", "Drift", "Avskrivningar")
    for i, label in enumerate(labels):
        budget.write(5 + i, 0, label)
        for y in range(len(YEARS)):
            budget.write_number(5 + i, 1 + y, float(lines[y][i]), amount)
    budget.write(9, 0, "Totalt")
    budget.write(11, 0, "Ram")
    budget.write(12, 0, "Skillnad mot ram (Totalt − Ram)")
    for y in range(len(YEARS)):
        c = col(1 + y)
        net = sum(lines[y])
        budget.write_formula(9, 1 + y, f"={c}6+{c}7+{c}8+{c}9", total, float(net))
        budget.write_number(11, 1 + y, float(frames_tkr[y]), amount)
        budget.write_formula(12, 1 + y, f"={c}10-{c}12", amount, float(net - frames_tkr[y]))
    book.define_name("År", "=Budget!$B$5:$D$5")
    for i, label in enumerate(labels):
        book.define_name(f"Rad_{label}", f"=Budget!$B${6 + i}:$D${6 + i}")
    book.define_name("Rad_Totalt", "=Budget!$B$10:$D$10")
    book.define_name("Ram", "=Budget!$B$12:$D$12")
    book.define_name("Skillnad_mot_ram", "=Budget!$B$13:$D$13")

    per_year = lambda label: [f"{label} {y}" for y in YEARS]
    savings = [tenth(f * Decimal("0.016")) for f in frames_tkr]
    satsningar = [(f"Satsning {k + 1}", *[Decimal(rng.randrange(100, 5000)) for _ in YEARS], "Utökad verksamhet")
                  for k in range(rng.randrange(0, 4))]
    write_list(book, book.add_worksheet("Satsningar"), "Satsningar",
               ["Benämning", *per_year("Belopp"), "Beskrivning"], satsningar, {1, 2, 3}, amount, total)
    write_list(book, book.add_worksheet("Effektiviseringar"), "Effektiviseringar",
               ["Åtgärd", *per_year("Belopp"), "Konsekvens"],
               [("Samordnad upphandling", *savings, "Färre leverantörer")], {1, 2, 3}, amount, total)
    # Internal agreements in pairs: N0001 sells to N0002, which buys, and so on (an odd N
    # leaves the last seller's buyer outside the round).
    agreement = [Decimal(1000 + 10 * (index // 2 % 100)) for _ in YEARS]
    if index % 2 == 0:
        interna = [(f"N{index + 2:04d}", "säljare", "IT-stöd", *[-a for a in agreement])]
    else:
        interna = [(f"N{index:04d}", "köpare", "IT-stöd", *agreement)]
    write_list(book, book.add_worksheet("Interna överenskommelser"), "Interna överenskommelser",
               ["Motpart", "Roll", "Avser", *per_year("Belopp")], interna, {3, 4, 5}, amount, total)
    basenheter = []
    for k in range(BASENHETER):
        values = []
        for _ in labels:
            values += [Decimal(rng.randrange(-50000, 500000)) / 10 for _ in YEARS]
        basenheter.append((f"Basenhet {code}-{k + 1:03d}", *values))
    headers = ["Basenhet"] + [h for label in labels for h in per_year(label)]
    write_list(book, book.add_worksheet("Basenheter"), "Basenheter", headers, basenheter,
               set(range(1, len(headers))), amount, total)

    meta = book.add_worksheet("ramkoll")
    for r, (key, value) in enumerate([("ramkoll-mall", "Läses av ramkoll: ändra inte."), ("mallversion", "1"),
                                      ("omgång", TITLE), ("nämnd", code), ("nämndnamn", name),
                                      ("år", " ".join(map(str, YEARS))), ("enhet", "tkr")]):
        meta.write_string(r, 0, key)
        meta.write_string(r, 1, value)
    meta.hide()
    book.define_name("Metadata", "=ramkoll!$A$1:$B$7")
    book.close()


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit("usage: gen_round.py OUT_DIR [N]")
    out = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) == 3 else 2900
    rng = random.Random(SEED)
    comms = committees(n, rng)
    files, round_dir = os.path.join(out, "files"), os.path.join(out, f"inlamnat-{n}")
    os.makedirs(files, exist_ok=True)
    os.makedirs(round_dir, exist_ok=True)
    for i, (code, _, _) in enumerate(comms):
        name = f"{code}-2024.xlsx"
        stored = os.path.join(files, name)
        if not os.path.exists(stored):
            write_submission(stored + ".tmp", i, comms, random.Random(SEED * 7919 + i))
            os.replace(stored + ".tmp", stored)
        if not os.path.exists(os.path.join(round_dir, name)):
            os.link(stored, os.path.join(round_dir, name))
    write_rules(os.path.join(out, f"round-{n}.rules"), comms)


if __name__ == "__main__":
    main()
