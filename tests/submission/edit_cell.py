# Rewrites cells of a saved workbook in place, leaving every other byte and the cached results
# of formulas as they are (openpyxl would drop them): as a committee typing into a computed
# workbook that is then not recalculated. Each edit is SHEET CELL VALUE; a VALUE starting with
# "n:" is stored as a number ("n:42000"), anything else as an inline string.
#
# Usage: /usr/bin/python3 edit_cell.py FILE.xlsx SHEET CELL VALUE [SHEET CELL VALUE ...]
import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape


def sheet_part(entries, sheet):
    """The zip entry of a sheet, through workbook.xml and its relationships."""
    workbook = entries["xl/workbook.xml"].decode()
    rels = entries["xl/_rels/workbook.xml.rels"].decode()
    rid = re.search(r'<sheet [^>]*name="%s"[^>]*r:id="([^"]+)"' % re.escape(escape(sheet)), workbook).group(1)
    target = re.search(r'<Relationship [^>]*Id="%s"[^>]*Target="([^"]+)"' % rid, rels)
    if target is None:
        target = re.search(r'<Relationship [^>]*Target="([^"]+)"[^>]*Id="%s"' % rid, rels)
    return "xl/" + target.group(1).lstrip("/").removeprefix("xl/")


def main():
    path, edits = sys.argv[1], sys.argv[2:]
    with zipfile.ZipFile(path) as z:
        infos = z.infolist()
        entries = {info.filename: z.read(info.filename) for info in infos}
    for i in range(0, len(edits), 3):
        sheet, cell, value = edits[i:i + 3]
        part = sheet_part(entries, sheet)
        xml = entries[part].decode()
        match = re.search(r'<c r="%s"( s="\d+")?[^>]*?(/>|>.*?</c>)' % cell, xml)
        style = match.group(1) or ""
        if value.startswith("n:"):
            new = '<c r="%s"%s><v>%s</v></c>' % (cell, style, value[2:])
        else:
            new = '<c r="%s"%s t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (cell, style, escape(value))
        entries[part] = (xml[:match.start()] + new + xml[match.end():]).encode()
    out = path + ".tmp"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in infos:
            z.writestr(info, entries[info.filename])
    os.replace(out, path)


if __name__ == "__main__":
    main()
