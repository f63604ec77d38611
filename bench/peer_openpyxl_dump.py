#!/usr/bin/python3
# The peer of `ramkoll inspect` in the job benchmark (bench/job.sh, issue #20): python3-openpyxl
# in read-only mode streams every cell of every worksheet and writes each one out, as
# `ramkoll inspect --json` does (one JSON object per cell: ref, type, value, number format, in a
# document per sheet) or, with --text, as `ramkoll inspect --sheet` does (a line per cell:
# ref, type, value, format). Writes to stdout.
#
#   /usr/bin/python3 bench/peer_openpyxl_dump.py FILE.xlsx [--text]
import datetime
import json
import sys

from openpyxl import load_workbook


def kind(value) -> str:
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, (datetime.date, datetime.datetime)):
        return "date"
    return "string"


def main() -> None:
    if len(sys.argv) not in (2, 3) or (len(sys.argv) == 3 and sys.argv[2] != "--text"):
        sys.exit("usage: peer_openpyxl_dump.py FILE.xlsx [--text]")
    text = len(sys.argv) == 3
    wb = load_workbook(sys.argv[1], read_only=True, data_only=True)
    out = sys.stdout
    if not text:
        out.write('{\n "file": %s,\n "sheets": [' % json.dumps(sys.argv[1]))
    for s, ws in enumerate(wb.worksheets):
        if text:
            out.write(f"  {s + 1:>2}  {ws.title}\n")
        else:
            out.write('%s\n  {\n   "name": %s,\n   "cells": [' % ("," if s else "", json.dumps(ws.title)))
        first = True
        for row in ws.iter_rows():
            for cell in row:
                value = cell.value
                if value is None:
                    continue
                if isinstance(value, (datetime.date, datetime.datetime)):
                    value = value.isoformat()
                if text:
                    shown = f'"{value}"' if isinstance(value, str) else value
                    out.write(f"    {cell.coordinate:<8} {kind(cell.value):<26} {shown}  [{cell.number_format}]\n")
                else:
                    out.write('%s\n    {"ref": "%s", "type": "%s", "value": %s, "format": %s}' % (
                        "" if first else ",", cell.coordinate, kind(cell.value), json.dumps(value, ensure_ascii=False),
                        json.dumps(cell.number_format, ensure_ascii=False)))
                first = False
        if not text:
            out.write("\n   ]\n  }")
    if not text:
        out.write("\n ]\n}\n")
    wb.close()


if __name__ == "__main__":
    main()
