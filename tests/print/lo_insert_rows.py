#!/usr/bin/python3
"""Inserts rows into a template's Satsningar list in LibreOffice itself (python3-uno), as a
committee using LibreOffice Calc does, and saves the workbook as .xlsx:

    tests/print/lo_insert_rows.py IN.xlsx OUT.xlsx

Unprotects the sheet (no password), inserts a row directly under the list's header (row 5)
and one just above the sum row, fills both, and saves. LibreOffice moves Lista_Satsningar,
Summa_Satsningar and the sum formulas down itself; neither new row is inside them.
Starts its own headless LibreOffice with a private profile and ends it. Exit 77 when
LibreOffice or python3-uno is missing (the caller decides whether that may be a skip).
"""
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import time

try:
    import uno
    from com.sun.star.beans import PropertyValue
except ImportError:
    print("SKIPPED: python3-uno is not installed")
    sys.exit(77)

UNDER_HEADER = ("Läkarbilar", 2200.5, 2200.5, 2300, "Insatt under rubriken")
ABOVE_SUM = ("Tolkar", 300, 310, 320, "Insatt ovanför summan")


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def connect(pipe, office):
    context = uno.getComponentContext()
    resolver = context.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", context)
    deadline = time.monotonic() + 60
    while True:
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except Exception:
            if office.poll() is not None or time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def fill(sheet, row, values):
    """Writes `values` into columns A.. of the 0-based `row`."""
    for col, value in enumerate(values):
        cell = sheet.getCellByPosition(col, row)
        if isinstance(value, str):
            cell.setString(value)
        else:
            cell.setValue(value)


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    if shutil.which("soffice") is None:
        print("SKIPPED: soffice (libreoffice-calc-nogui) is not installed")
        return 77
    source, target = pathlib.Path(sys.argv[1]).resolve(), pathlib.Path(sys.argv[2]).resolve()
    profile = pathlib.Path(tempfile.mkdtemp(prefix="ramkoll-lo-"))
    pipe = f"ramkoll-{os.getpid()}"
    office = subprocess.Popen(["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
                               "--invisible", f"--accept=pipe,name={pipe};urp;"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        context = connect(pipe, office)
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        doc = desktop.loadComponentFromURL(source.as_uri(), "_blank", 0, (prop("Hidden", True),))
        sheet = doc.Sheets.getByName("Satsningar")
        sheet.unprotect("")
        header = 3                       # 0-based: the header row 4
        sheet.Rows.insertByIndex(header + 1, 1)
        fill(sheet, header + 1, UNDER_HEADER)
        sums = next(r for r in range(header + 1, 200) if sheet.getCellByPosition(0, r).getString() == "Summa")
        sheet.Rows.insertByIndex(sums, 1)
        fill(sheet, sums, ABOVE_SUM)
        doc.calculateAll()
        doc.storeToURL(target.as_uri(), (prop("FilterName", "Calc MS Excel 2007 XML"),))
        doc.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass   # the bridge goes away as LibreOffice quits
        office.wait(timeout=60)
    finally:
        if office.poll() is None:
            office.kill()
            office.wait()
        shutil.rmtree(profile, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
