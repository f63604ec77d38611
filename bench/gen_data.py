#!/usr/bin/python3
# Writes the benchmark workbook: one sheet of ROWS x 10 columns (5 number columns, 5
# shared-string columns drawn from a fixed pool of distinct strings) plus a header row,
# with python3-xlsxwriter. Seeded, so every run writes the same cells. Prints the line every
# reader in bench/ prints, with the expected sum and counts, so their results can be checked:
#   sum=<sum of numbers> numbers=<count> strings=<count>
#
#   /usr/bin/python3 bench/gen_data.py OUT.xlsx [ROWS]
import random
import sys

import xlsxwriter

SEED = 20261123
NUMBER_COLS = 5
STRING_COLS = 5
DISTINCT_STRINGS = 4000


def main() -> None:
    if len(sys.argv) not in (2, 3):
        sys.exit("usage: gen_data.py OUT.xlsx [ROWS]")
    out = sys.argv[1]
    rows = int(sys.argv[2]) if len(sys.argv) == 3 else 200_000
    rng = random.Random(SEED)
    pool = [f"Verksamhet {i:04d} {rng.choice(['drift', 'investering', 'personal', 'lokaler'])}"
            for i in range(DISTINCT_STRINGS)]

    # Not constant_memory: that mode writes every string inline, and the benchmark wants
    # the shared-string table Excel itself writes (~9 s and ~260 MB for 200,000 rows).
    wb = xlsxwriter.Workbook(out)
    ws = wb.add_worksheet("Data")
    for c in range(NUMBER_COLS):
        ws.write_string(0, c, f"Belopp {c + 1}")
    for c in range(STRING_COLS):
        ws.write_string(0, NUMBER_COLS + c, f"Text {c + 1}")

    total = 0.0
    for r in range(1, rows + 1):
        for c in range(NUMBER_COLS):
            # Mix integers and two-decimal amounts, as budget sheets do.
            v = rng.randrange(-1_000_000, 10_000_000) if c % 2 == 0 else rng.randrange(0, 100_000_000) / 100
            ws.write_number(r, c, v)
            total += v
        for c in range(STRING_COLS):
            ws.write_string(r, NUMBER_COLS + c, pool[rng.randrange(DISTINCT_STRINGS)])
    wb.close()
    print(f"sum={total:.6f} numbers={rows * NUMBER_COLS} strings={(rows + 1) * STRING_COLS + NUMBER_COLS}")


if __name__ == "__main__":
    main()
