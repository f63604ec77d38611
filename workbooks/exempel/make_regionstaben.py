# Writes regionstaben-2019.xlsx, regionstaben's budget table from seed 001, as gnumeric's ssconvert writes it.
# Usage: /usr/bin/python3 make_regionstaben.py   (needs ssconvert from the gnumeric package)
#
# Legacy free-form layout, in tkr with one decimal (seed 001, "Budget (Tkr)"):
#   A1  title                        row 2 empty
#   A3  "Budget (Tkr)"  B3..D3 "Budget 2019" "Budget 2020" "Budget 2021"
#   A4..A7 Intäkter, Personal, Drift, Avskrivningar with the numbers in B..D
#   A8  "Totalt:"  B8..D8 =SUM(B4:B7) ... (cached by gnumeric: 117 019,9  117 845,7  118 691,2)
import os
import subprocess
import tempfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
TITLE = "Budget för 2019 och ekonomisk plan 2020-2021 för regionstaben"
YEARS = ("Budget 2019", "Budget 2020", "Budget 2021")
ROWS = [   # seed 001, "Budget (Tkr)" table under "Budget"
    ("Intäkter", ("-3400.0", "-3400.0", "-3400.0")),
    ("Personal", ("86075.1", "86079.1", "86083.1")),
    ("Drift", ("34242.1", "35063.9", "35905.4")),
    ("Avskrivningar", ("102.7", "102.7", "102.7")),
]


def cell(row, col, content, value_type=None):
    vt = ' ValueType="%d"' % value_type if value_type else ""
    return '<gnm:Cell Row="%d" Col="%d"%s>%s</gnm:Cell>\n' % (row - 1, col - 1, vt, escape(content))


def gnumeric_xml():
    cells = [cell(1, 1, TITLE, 60), cell(3, 1, "Budget (Tkr)", 60)]
    cells += [cell(3, c, y, 60) for c, y in enumerate(YEARS, start=2)]
    for r, (label, values) in enumerate(ROWS, start=4):
        cells.append(cell(r, 1, label, 60))
        cells += [cell(r, c, v, 40) for c, v in enumerate(values, start=2)]
    cells.append(cell(8, 1, "Totalt:", 60))
    cells += [cell(8, c, "=SUM(%s4:%s7)" % (l, l)) for c, l in ((2, "B"), (3, "C"), (4, "D"))]
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<gnm:Workbook xmlns:gnm="http://www.gnumeric.org/v10.dtd">\n'
            "<gnm:SheetNameIndex><gnm:SheetName>Regionstaben</gnm:SheetName></gnm:SheetNameIndex>\n"
            "<gnm:Sheets><gnm:Sheet><gnm:Name>Regionstaben</gnm:Name>"
            "<gnm:MaxCol>-1</gnm:MaxCol><gnm:MaxRow>-1</gnm:MaxRow>\n<gnm:Styles>\n"
            '<gnm:StyleRegion startCol="0" startRow="0" endCol="0" endRow="0">'
            '<gnm:Style Format="General"><gnm:Font Unit="12" Bold="1">Sans</gnm:Font></gnm:Style></gnm:StyleRegion>\n'
            '<gnm:StyleRegion startCol="1" startRow="3" endCol="3" endRow="7">'
            '<gnm:Style Format="#,##0.0"><gnm:Font Unit="10" Bold="0">Sans</gnm:Font></gnm:Style></gnm:StyleRegion>\n'
            "</gnm:Styles>\n<gnm:Cells>\n" + "".join(cells) +
            "</gnm:Cells></gnm:Sheet></gnm:Sheets>\n</gnm:Workbook>\n")


def main():
    out = os.path.join(HERE, "regionstaben-2019.xlsx")
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "regionstaben-2019.gnumeric")
        with open(src, "w", encoding="utf-8") as f:
            f.write(gnumeric_xml())
        subprocess.run(["ssconvert", "--recalc", "-T", "Gnumeric_Excel:xlsx2", src, out],
                       check=True, stdout=subprocess.DEVNULL)


if __name__ == "__main__":
    main()
