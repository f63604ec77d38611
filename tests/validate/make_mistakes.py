"""Copies the clean submissions of workbooks/inlamnat/ into a folder with deliberate mistakes,
for test_check.cpp. Every workbook is saved with its computed values instead of formulas (so
openpyxl leaves no uncalculated cells); then:

- HSN-2024.xlsx: Drift 2025 (Budget!C8) 1 000 tkr higher and Totalt 2025 (C10) with it, so the
  net total is over the frame by 1 000 tkr;
- PN-2024.xlsx: Personal 2025 (Budget!C7) typed as the Swedish text "3 142,5" (same value);
- RUN-2024.xlsx: not a workbook at all;
- SVN-2024.xlsx: left out (a committee that has not submitted).

Usage: /usr/bin/python3 make_mistakes.py SOURCE_DIR TARGET_DIR [--clean]
With --clean the nine files are only resaved, without mistakes.
"""
import sys
from pathlib import Path

import openpyxl

CODES = ["HSN", "TVN", "PN", "SVN", "TN", "KBN", "RUN", "RS", "FF"]


def swedish(value):
    whole, frac = f"{value:.1f}".split(".")
    sign = "-" if whole.startswith("-") else ""
    digits = whole.lstrip("-")
    groups = []
    while digits:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    return sign + " ".join(groups) + "," + frac


def main():
    source, target = Path(sys.argv[1]), Path(sys.argv[2])
    clean = "--clean" in sys.argv[3:]
    target.mkdir(parents=True, exist_ok=True)
    for code in CODES:
        name = f"{code}-2024.xlsx"
        if not clean and code == "SVN":
            continue
        if not clean and code == "RUN":
            (target / name).write_bytes("Detta är ingen arbetsbok.\n".encode())
            continue
        book = openpyxl.load_workbook(source / name, data_only=True)
        budget = book["Budget"]
        if not clean and code == "HSN":
            budget["C8"] = budget["C8"].value + 1000
            budget["C10"] = budget["C10"].value + 1000
        if not clean and code == "PN":
            budget["C7"] = swedish(budget["C7"].value)
        book.save(target / name)


main()
