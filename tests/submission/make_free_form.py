# Writes one free-form submission (a committee's own layout, not a ramkoll template) for
# tests/submission/test_free_form.cpp, with openpyxl: make_free_form.py CASE OUT.xlsx.
# The base table (sheet Budget): A1 title, header in row 3 (A3 "Rad", B3..D3 "Budget 2024",
# "Plan 2025", "Plan 2026"), the lines in rows 4-8 (tkr) for 2024: Intäkter -100, Personal 200,
# Drift 300, Avskrivningar 10, Totalt 410; each plan year Intäkter -1, Personal +2, Drift +3,
# Totalt +4 (the totals add up).
import datetime
import sys

import openpyxl

LINES = [("Intäkter", -100), ("Personal", 200), ("Drift", 300), ("Avskrivningar", 10), ("Totalt", 410)]
STEP = {"Intäkter": -1, "Personal": 2, "Drift": 3, "Totalt": 4}
HEADERS = ["Budget 2024", "Plan 2025", "Plan 2026"]


def table(ws, lines=LINES, headers=HEADERS, plus=0, scale=1, title="Hälso- och sjukvårdsnämnden, budget"):
    ws["A1"] = title
    ws.cell(row=3, column=1, value="Rad")
    for c, h in enumerate(headers, start=2):
        ws.cell(row=3, column=c, value=h)
    for r, (label, value) in enumerate(lines, start=4):
        ws.cell(row=r, column=1, value=label)
        for c in range(len(headers)):
            ws.cell(row=r, column=2 + c, value=(value + c * STEP.get(label, 0) + plus) * scale)


def main(case, out):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Budget"
    if case == "base":
        table(ws)
    elif case in ("sheets_active", "sheets_none_active", "sheets_more"):
        ws.title = "Budget (v1)"
        table(ws, lines=LINES[:3] + LINES[4:] if case == "sheets_more" else LINES)
        table(wb.create_sheet("Budget (v2)"), plus=1)
        if case == "sheets_none_active":
            wb.move_sheet(wb.create_sheet("Anvisning"), offset=-2)
            wb["Anvisning"]["A1"] = "Fyll i budgeten"
            wb.active = 0
        else:
            wb.active = 1 if case == "sheets_active" else 0
    elif case == "hidden_row":   # last version's Drift in a hidden row 6, the new one in row 7
        table(ws, lines=LINES[:2] + [("Drift", 250)] + LINES[2:])
        ws.row_dimensions[6].hidden = True
    elif case == "hidden_only":   # Avskrivningar's only row is hidden
        table(ws)
        ws.row_dimensions[7].hidden = True
    elif case == "hidden_column":   # last version's 2024 in a hidden column E
        table(ws)
        ws["E3"] = "Budget 2024"
        for r, (_, value) in enumerate(LINES, start=4):
            ws.cell(row=r, column=5, value=value - 50)
        ws.column_dimensions["E"].hidden = True
    elif case == "year_twice":
        table(ws, headers=["Budget 2024", "Budget 2024 reviderad", "Plan 2025", "Plan 2026"])
    elif case == "synonym":
        table(ws, lines=LINES[:4] + [("Övriga kostnader", 5)] + LINES[4:])
    elif case == "not_on_form":
        table(ws, lines=LINES[:4] + [("Övrigt", 5)] + LINES[4:])
    elif case == "mnkr":   # amounts in mnkr, said in each year header
        table(ws, scale=0.001, headers=[h + " (mnkr)" for h in HEADERS])
    elif case == "kronor":   # amounts in kronor, said in a title row
        table(ws, scale=1000)
        ws["A2"] = "Belopp i kronor"
        ws["D1"] = "Ram 2024: 4 328,9 mnkr"   # a value with its unit, not the table's unit
    elif case == "mdkr":   # a unit that cannot be converted
        table(ws)
        ws["A2"] = "Belopp i mdkr"
    elif case == "unit_conflict":
        table(ws, headers=["Budget 2024 (mnkr)", "Plan 2025", "Plan 2026"])
        ws["A2"] = "Belopp i tkr"
    elif case == "dates":   # year headers stored as dates shown as "yyyy"
        table(ws)
        for c, year in enumerate((2024, 2025, 2026), start=2):
            ws.cell(row=3, column=c, value=datetime.date(year, 1, 1)).number_format = "yyyy"
    elif case == "transposed":   # years down column A, lines across row 1
        for c, (label, _) in enumerate(LINES, start=2):
            ws.cell(row=1, column=c, value=label)
        ws["A1"] = "År"
        for r, year in enumerate((2024, 2025, 2026), start=2):
            ws.cell(row=r, column=1, value=year)
            for c, (label, value) in enumerate(LINES, start=2):
                ws.cell(row=r, column=c, value=value + (r - 2) * STEP.get(label, 0))
    else:
        raise SystemExit("unknown case " + case)
    wb.save(out)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
