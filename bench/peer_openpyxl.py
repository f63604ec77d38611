#!/usr/bin/python3
# Peer reader for the benchmark: python3-openpyxl in read-only, values-only mode streams
# every worksheet row by row, sums every number and counts the strings. Prints the same
# line as ramkoll_bench_read:  sum=<sum> numbers=<count> strings=<count>
#
#   /usr/bin/python3 bench/peer_openpyxl.py FILE.xlsx
import sys

from openpyxl import load_workbook


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: peer_openpyxl.py FILE.xlsx")
    wb = load_workbook(sys.argv[1], read_only=True, data_only=True)
    total, numbers, strings = 0.0, 0, 0
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            for value in row:
                if isinstance(value, str):
                    strings += 1
                elif isinstance(value, (int, float)) and not isinstance(value, bool):
                    total += value
                    numbers += 1
    wb.close()
    print(f"sum={total:.6f} numbers={numbers} strings={strings}")


if __name__ == "__main__":
    main()
