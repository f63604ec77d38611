#!/usr/bin/python3
# Prints what openpyxl (an independent reader) sees in a check report, for test_check.cpp:
#   sheet<TAB>filter<TAB>freeze            once per sheet
#   row<TAB>sheet<TAB>v1|v2|…              every row below the header (None as "")
#   link<TAB>cell text<TAB>target#location every hyperlink
#
#   /usr/bin/python3 tests/validate/read_report.py granskning.xlsx
import sys

import openpyxl


def main(path):
    book = openpyxl.load_workbook(path)
    for ws in book.worksheets:
        print(f"sheet\t{ws.title}\t{ws.auto_filter.ref}\t{ws.freeze_panes}")
        for row in ws.iter_rows(min_row=2):
            print(f"row\t{ws.title}\t" + "|".join("" if c.value is None else str(c.value) for c in row))
            for c in row:
                if c.hyperlink is not None:
                    print(f"link\t{c.value}\t{c.hyperlink.target}#{c.hyperlink.location}")


if __name__ == "__main__":
    main(sys.argv[1])
