"""Writes a revised submission for the run tests: the workbook saved with its computed values,
with amounts added to some cells of one sheet (as a committee revises its numbers).

Usage: /usr/bin/python3 revise_submission.py IN.xlsx OUT.xlsx SHEET CELL=DELTA [CELL=DELTA ...]
Example: revise_submission.py HSN-2024.xlsx HSN-v2.xlsx Budget C8=1000 C10=1000
"""
import sys
from decimal import Decimal

import openpyxl


def main():
    source, target, sheet = sys.argv[1], sys.argv[2], sys.argv[3]
    book = openpyxl.load_workbook(source, data_only=True)
    for change in sys.argv[4:]:
        cell, delta = change.split("=")
        value = Decimal(str(book[sheet][cell].value)) + Decimal(delta)
        book[sheet][cell] = float(value)
    book.save(target)


main()
