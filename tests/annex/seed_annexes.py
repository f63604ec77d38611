#!/usr/bin/python3
"""A bundled round reproduces a seed document's printed annexes, cell for cell.

Runs `ramkoll run` on a round's submissions with its rules, then compares every annex table with
the document's tables as printed (seed000_bilagor.txt, seed002_bilagor.txt): each printed row
must be in the annex, in the printed order, with its label as printed, and each year's amount as
the annex shows it (rounded to the annex's decimals, half away from zero as Excel and LibreOffice
display it) equal to the printed number; a cell the document leaves blank must be blank; and the
annex table has no row the document does not print. Prints every difference and the count.

A tables file holds, per annex, its heading ("Bilaga N. …"), then a header line of tab-separated
column headers (the first field is the label column's header or empty; the others are the
column headers as printed: "2024", "Utfall 2021", "Summa"), then one line per row: the label and
its amounts, tab-separated, an empty field for a blank cell; a row with no amounts is a header
row (blank in the annex too). A blank line ends the table; lines starting with '#' are comments.

With --findings FILE, the findings of the whole round (those of no one committee: the rules
across all submissions, where the document contradicts itself) must be exactly the file's lines,
"severity<TAB>rule<TAB>year<TAB>difference<TAB>file!sheet!cell" with the difference in the round's
unit and the cell the finding points at, and the run
may then exit 1 (errors found); without it the run must find nothing (exit 0).

Usage: seed_annexes.py --ramkoll BIN --tables FILE --rules FILE --in DIR [--annexes 1,2,6]
                       [--findings FILE] [--source DIR];
exit 0 when every number and blank of the annexes compared (all the file prints, or those of
--annexes) is as printed and the findings are the expected ones, 1 otherwise.
"""
import json
import argparse
import pathlib
import re
import subprocess
import sys
import tempfile
from decimal import Decimal, ROUND_HALF_UP

import openpyxl

HERE = pathlib.Path(__file__).resolve().parent
COLUMN_HEADER = re.compile(r"^(\w+ )?\d{4}$|^Summa$")


def squeeze(text):
    return " ".join(str(text).split())


def printed_tables(path):
    """{annex number: (label header, column headers, [(label, [text or None per column])])}."""
    tables, number, columns, rows = {}, None, None, None
    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.startswith("#"):
            continue
        heading = re.match(r"Bilaga (\d+)\.", raw)
        if heading:
            number, columns, rows = int(heading.group(1)), None, None
            continue
        fields = raw.split("\t")
        headers = [squeeze(f) for f in fields[1:]]
        if number is not None and columns is None and headers and all(COLUMN_HEADER.match(h) for h in headers):
            columns, rows = headers, []
            tables[number] = (squeeze(fields[0]), columns, rows)
            continue
        if rows is None or not raw.strip():
            if rows:   # a blank line ends the table
                number, columns, rows = None, None, None
            continue
        values = [f.strip() or None for f in fields[1:]] + [None] * len(columns)
        rows.append((squeeze(fields[0]), values[:len(columns)]))
    return tables


def shown(value, number_format):
    """The number as the annex shows it: Swedish digits, the format's decimals."""
    if value is None or value == "":
        return None
    decimals = len(number_format.split(".")[1]) if "." in number_format else 0
    amount = Decimal(repr(value)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    sign, digits = ("-", str(-amount)) if amount < 0 else ("", str(amount))
    whole, _, fraction = digits.partition(".")
    groups = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return sign + " ".join(groups) + ("," + fraction if fraction else "")


def annex_table(path, columns):
    """(label header, [(label, [shown value per column])]) of the annex's table: the rows under
    the header row that holds the printed column headers, down to the first empty row; the label
    is the text left of the first column."""
    sheet = openpyxl.load_workbook(path, data_only=True).worksheets[0]
    header = None
    for row in sheet.iter_rows():
        texts = [squeeze(c.value) if c.value is not None else "" for c in row]
        for start in range(len(texts) - len(columns) + 1):
            if texts[start:start + len(columns)] == columns:
                header = row[0].row, [row[start + i].column for i in range(len(columns))]
                break
        if header:
            break
    if header is None:
        return None
    header_row, year_columns = header
    label_column = year_columns[0] - 1
    table = []
    for r in range(header_row + 1, sheet.max_row + 1):
        cells = [sheet.cell(row=r, column=c) for c in range(1, year_columns[-1] + 1)]
        if all(c.value in (None, "") for c in cells):
            break
        label = sheet.cell(row=r, column=label_column).value
        if label in (None, ""):   # an items annex's sum rows carry their label in the first column
            label = sheet.cell(row=r, column=1).value
        values = [shown(sheet.cell(row=r, column=c).value, sheet.cell(row=r, column=c).number_format)
                  for c in year_columns]
        table.append((squeeze(label or ""), values))
    return squeeze(sheet.cell(row=header_row, column=label_column).value or ""), table


def annex_files(folder):
    """{annex number: file} by the title in A1 ("Bilaga 3. Förfogandeanslaget")."""
    files = {}
    for path in sorted(folder.glob("*.xlsx")):
        if path.name == "Bilagor.xlsx":
            continue
        title = str(openpyxl.load_workbook(path, read_only=True).worksheets[0]["A1"].value or "")
        match = re.match(r"Bilaga (\d+)\.", title)
        if match:
            files[int(match.group(1))] = path
    return files


def compare(number, columns, printed, table):
    """(numbers equal, blanks equal, differences) of one annex."""
    differences, numbers, blanks = [], 0, 0
    labels = [label for label, _ in table]
    for label, values in printed:
        if label not in labels:
            differences.append(f"Bilaga {number}: row {label!r} is not in the annex")
            continue
        for year, want, got in zip(columns, values, dict(table)[label]):
            if want == got:
                numbers += want is not None
                blanks += want is None
            else:
                differences.append(f"Bilaga {number}: {label} {year}: printed {want or 'blank'}, annex {got or 'blank'}")
    printed_labels = [label for label, _ in printed]
    for label in sorted({label for label in labels if labels.count(label) > 1}):
        differences.append(f"Bilaga {number}: row {label!r} is in the annex {labels.count(label)} times")
    for label in labels:
        if label not in printed_labels:
            differences.append(f"Bilaga {number}: row {label!r} is not printed in the document")
    in_both = [label for label in labels if label in printed_labels]
    if in_both != [label for label in printed_labels if label in labels]:
        differences.append(f"Bilaga {number}: rows in another order than printed: {in_both}")
    return numbers, blanks, differences


def compare_findings(expected_file, report):
    """The differences between the round's findings (granskning.json) and the expected lines."""
    expected = sorted(tuple(line.split("\t")) for line in expected_file.read_text(encoding="utf-8").splitlines()
                      if line.strip() and not line.startswith("#"))
    findings = json.loads(report.read_text(encoding="utf-8"))["findings"]
    found = sorted((f["severity"], f["rule"], str(f["year"]), format(Decimal(str(f["difference"])).normalize(), "f"),
                    f["location"] or "")
                   for f in findings if f["committee"] is None)
    out = [f"finding expected but not reported: {e}" for e in expected if e not in found]
    out += [f"finding reported but not expected: {f}" for f in found if f not in expected]
    if not out:
        print(f"{len(found)} findings of the round as expected")
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--ramkoll", required=True)
    parser.add_argument("--tables", required=True, help="the printed tables, relative to this folder")
    parser.add_argument("--rules", required=True, help="the round's rules, relative to --source")
    parser.add_argument("--in", dest="inputs", required=True, help="its submissions, relative to --source")
    parser.add_argument("--annexes", help="compare only these annexes (numbers, comma-separated)")
    parser.add_argument("--findings", help="the round's expected findings, relative to this folder")
    parser.add_argument("--source", default=str(HERE.parent.parent))
    args = parser.parse_args()
    source = pathlib.Path(args.source)
    tables = printed_tables(HERE / args.tables)
    if args.annexes:
        wanted = {int(n) for n in args.annexes.split(",")}
        tables = {n: t for n, t in tables.items() if n in wanted}
        if set(tables) != wanted:
            sys.exit(f"{args.tables} prints no Bilaga {sorted(wanted - set(tables))}")
    expected_numbers = sum(v is not None for _, _, rows in tables.values() for _, values in rows for v in values)
    with tempfile.TemporaryDirectory() as tmp:
        run = subprocess.run([args.ramkoll, "run", "--rules", str(source / args.rules),
                              "--in", str(source / args.inputs), "--out", tmp], capture_output=True, text=True)
        if run.returncode not in ((0, 1) if args.findings else (0,)):
            print(run.stdout, run.stderr)
            sys.exit(f"ramkoll run exited {run.returncode} on {args.inputs}")
        files = annex_files(pathlib.Path(tmp) / "resultat" / "bilagor")
        numbers = blanks = 0
        differences = []
        for number, (label_header, columns, printed) in sorted(tables.items()):
            if number not in files:
                differences.append(f"Bilaga {number}: no annex titled 'Bilaga {number}.'")
                continue
            found = annex_table(files[number], columns)
            if found is None:
                differences.append(f"Bilaga {number}: {files[number].name} has no header row {columns}")
                continue
            header, table = found
            if label_header and header != label_header:
                differences.append(f"Bilaga {number}: label column headed {header!r}, printed {label_header!r}")
            n, b, d = compare(number, columns, printed, table)
            numbers, blanks, differences = numbers + n, blanks + b, differences + d
        if args.findings:
            differences += compare_findings(HERE / args.findings, pathlib.Path(tmp) / "resultat" / "granskning.json")
    for difference in differences:
        print(difference)
    print(f"{numbers} of {expected_numbers} printed numbers as printed, {blanks} blank cells blank, "
          f"{len(differences)} differences")
    sys.exit(0 if not differences and numbers == expected_numbers else 1)


if __name__ == "__main__":
    main()
