#!/usr/bin/python3
"""Loads annex workbooks with openpyxl and checks what a finance officer's tools see.

Usage: check_annex.py FILE.xlsx... ; prints one line per file, exits 1 on the first problem.
Every sheet: a title in A1, the unit line in A2, A4 (landscape where the table is wide), fit to
one page wide, a repeated header row, every formula cell with a cached number. Nämndbudget: a
chart part in the file.
"""
import sys
import zipfile

import openpyxl

UNIT_LINES = {"Alla belopp i miljoner kr.", "Alla belopp i tusentals kronor.",
              "All amounts in millions of kronor.", "All amounts in thousands of kronor."}


def fail(message):
    print(message)
    sys.exit(1)


for path in sys.argv[1:]:
    formulas = openpyxl.load_workbook(path)
    values = openpyxl.load_workbook(path, data_only=True)
    count = 0
    for ws in formulas.worksheets:
        cached = values[ws.title]
        if not str(ws["A1"].value or "").strip():
            fail(f"{path}: {ws.title}: no title in A1")
        if ws["A2"].value not in UNIT_LINES:
            fail(f"{path}: {ws.title}: A2 is {ws['A2'].value!r}")
        if str(ws.page_setup.paperSize) != "9":
            fail(f"{path}: {ws.title}: paper size {ws.page_setup.paperSize}, not A4 (9)")
        # One page wide (fitToWidth 1 is the default, so it may be left out), any number tall.
        setup = ws.page_setup
        if setup.fitToWidth not in (None, 1) or setup.fitToHeight not in (0, "0") \
                or not ws.sheet_properties.pageSetUpPr.fitToPage:
            fail(f"{path}: {ws.title}: not fitted to the page width")
        if not ws.print_title_rows:
            fail(f"{path}: {ws.title}: no repeated header row")
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    count += 1
                    if not isinstance(cached[cell.coordinate].value, (int, float)):
                        fail(f"{path}: {ws.title}!{cell.coordinate}: no cached number")
    with zipfile.ZipFile(path) as z:
        charts = [n for n in z.namelist() if n.startswith("xl/charts/chart")]
    if "Nämndbudget" in formulas.sheetnames and not charts:
        fail(f"{path}: no chart for Nämndbudget")
    print(f"{path}: {len(formulas.worksheets)} sheets, {count} formulas, {len(charts)} charts")
