"""Prints a template sheet's list drop-downs and fills rows of it, for test_choices.cpp.

    fill_choices.py IN.xlsx OUT.xlsx SHEET [CELL=VALUE ...]

Prints one line per list validation: "<sqref> <formula1>" (openpyxl's view of the file, which
is what Excel reads), then writes each VALUE (a number when it reads as one) into CELL and
saves the workbook as OUT.xlsx.
"""
import sys

import openpyxl

source, target, sheet_name, *cells = sys.argv[1:]
book = openpyxl.load_workbook(source)
sheet = book[sheet_name]
for validation in sheet.data_validations.dataValidation:
    if validation.type == "list":
        print(validation.sqref, validation.formula1)
for assignment in cells:
    cell, value = assignment.split("=", 1)
    try:
        sheet[cell] = float(value)
    except ValueError:
        sheet[cell] = value
book.save(target)
