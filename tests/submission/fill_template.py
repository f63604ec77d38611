# Fills a ramkoll template the way a committee might, with openpyxl (which, like a committee's
# own tools, leaves formulas without computed values):
#   - the four budget lines for 2024–2026, one amount typed as Swedish text ("−813 622,4"
#     with U+2212 and a no-break space);
#   - with --insert: a row of its own inserted above Drift ("varav hyror"), a comment column
#     inserted between 2024 and 2025, and a Satsningar row inserted just above the sum row.
#     openpyxl does not move formulas or defined names when inserting, so this script moves
#     them as Excel does (references at or after the insertion point shift by one);
#   - with --numbers: the amount typed as text is typed as a number instead;
#   - with --under-header: a Satsningar row inserted directly under the list's header, as
#     LibreOffice does it: Lista_Satsningar, the sum formulas and Summa_Satsningar move down
#     by one and the new row is in none of them.
#
# Usage: /usr/bin/python3 fill_template.py IN.xlsx OUT.xlsx [--insert] [--numbers] [--under-header]
import re
import sys

import openpyxl
from openpyxl.utils import column_index_from_string, get_column_letter

LINES = {   # HSN 2024, tkr; sums to the frames 4 328 900 / 4 358 100 / 4 401 000
    "Intäkter": (-590304.5, -706073.4, "\u2212813\u00a0622,4"),
    "Personal": (2853138.6, 2950145.3, 3047500.1),
    "Drift": (1918489.8, 1966452.0, 2019546.2),
    "Avskrivningar": (147576.1, 147576.1, 147576.1),
}
SATSNINGAR = [
    ("Barn och unga: psykisk hälsa", 8000, 12000, 12000, "Fler behandlare"),
    ("Arbetsskor", 1500, 1500, 1500, "Skyddsskor"),
]
INSERTED_SATSNING = ("Läkarbilar", 2200.5, 2200.5, 2300, "Insatt rad ovanför summan")

REF = re.compile(r"(\$?)([A-Z]{1,3})(\$?)([0-9]+)")


def shift(text, kind, at):
    """Moves A1 references in `text` as inserting a row (kind 'row') or column at `at` does."""
    def move(m):
        col, row = column_index_from_string(m.group(2)), int(m.group(4))
        if kind == "row" and row >= at:
            row += 1
        if kind == "col" and col >= at:
            col += 1
        return "%s%s%s%d" % (m.group(1), get_column_letter(col), m.group(3), row)
    return REF.sub(move, text)


def insert(book, sheet, kind, at):
    """Inserts a row or column as Excel does: cells, formulas on the sheet and defined names move."""
    if kind == "row":
        sheet.insert_rows(at)
    else:
        sheet.insert_cols(at)
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.value = shift(cell.value, kind, at)
    quoted = "'%s'!" % sheet.title.replace("'", "''")
    for name in book.defined_names.definedName:
        text = name.attr_text
        if text.startswith(sheet.title + "!") or text.startswith(quoted):
            prefix, cells = text.rsplit("!", 1)
            name.attr_text = prefix + "!" + shift(cells, kind, at)


def area(book, name):
    ref = book.defined_names[name].attr_text
    sheet, cells = ref.rsplit("!", 1)
    first = cells.replace("$", "").split(":")[0]
    col, row = openpyxl.utils.cell.coordinate_from_string(first)
    return book[sheet.strip("'").replace("''", "'")], row, column_index_from_string(col)


def main():
    src, out = sys.argv[1], sys.argv[2]
    inserting = "--insert" in sys.argv[3:]
    if "--numbers" in sys.argv[3:]:
        LINES["Intäkter"] = (-590304.5, -706073.4, -813622.4)
    book = openpyxl.load_workbook(src)
    if inserting:
        budget, drift_row, first_col = area(book, "Rad_Drift")
        insert(book, budget, "row", drift_row)
        budget.cell(row=drift_row, column=1, value="varav hyror")
        budget.cell(row=drift_row, column=first_col, value=12345.6)
        insert(book, budget, "col", first_col + 1)
        budget.cell(row=5, column=first_col + 1, value="Kommentar")
    for line, values in LINES.items():
        sheet, row, col = area(book, "Rad_" + line)
        year_cols = [c for c in range(col, col + 4) if isinstance(sheet.cell(row=5, column=c).value, int)]
        for c, value in zip(year_cols, values):
            sheet.cell(row=row, column=c, value=value)
    if inserting:
        sheet, row, col = area(book, "Rad_Personal")
        sheet.cell(row=row, column=col + 1, value="enligt löneavtal")
    sheet, row, col = area(book, "Lista_Satsningar")
    for r, values in enumerate(SATSNINGAR):
        for c, value in enumerate(values):
            sheet.cell(row=row + r, column=col + c, value=value)
    if "--under-header" in sys.argv[3:]:
        sheet, header_row, col = area(book, "Rubrik_Satsningar")
        insert(book, sheet, "row", header_row + 1)
        for c, value in enumerate(INSERTED_SATSNING):
            sheet.cell(row=header_row + 1, column=col + c, value=value)
    if inserting:
        sheet, sum_row, col = area(book, "Summa_Satsningar")
        insert(book, sheet, "row", sum_row)
        for c, value in enumerate(INSERTED_SATSNING):
            sheet.cell(row=sum_row, column=col + c, value=value)
    book.save(out)


if __name__ == "__main__":
    main()
