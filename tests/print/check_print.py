#!/usr/bin/python3
"""Prints every workbook ramkoll writes with LibreOffice and checks the paper.

    tests/print/check_print.py RAMKOLL SOURCE_DIR OUT_DIR

Runs the bundled round twice (workbooks/inlamnat, a draft with errors, and
workbooks/inlamnat-utan-fel), writes a template and fills it with openpyxl, then starts
LibreOffice twice over all the files at once, with a private profile that recalculates every
formula on load: once to PDF, once saving them again as .xlsx. Then checks, each by name:
A4 pages, no formula error text, every annex formula recalculated to ramkoll's cached value,
the template saved by LibreOffice read back with the same cells, and the print defects 1-7 of
issue #18. Writes OUT_DIR/bilaga1.png (the README's picture, docs/bilaga1.png) from the PDF.
Prints a PASS or FAIL line per check and "N passed, N failed". Exit 77 (skipped) when
LibreOffice or poppler-utils is missing, except under CI=true, where that fails.
"""
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile

import openpyxl
from openpyxl.utils import get_column_letter, range_boundaries

ERROR_TEXT = ("#VALUE!", "#REF!", "#NAME?", "Err:", "#DIV/0!", "#N/A", "#NUM!")
A4 = (595.3, 841.9)
TOOLS = ("soffice", "pdfinfo", "pdftotext", "pdftoppm")

# LibreOffice's settings "Recalculation on file load, Excel 2007 and newer: Always" and
# "Locale setting: Swedish (Sweden)", so the PDF shows numbers as a Swedish office sees them.
RECALC_PROFILE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>sv-SE</value></prop></item>
</oor:items>
"""


class Checks:
    def __init__(self):
        self.passed, self.failed = 0, 0

    def check(self, name, problems):
        """Records check `name`, failed when `problems` (a list of texts) is not empty."""
        if problems:
            self.failed += 1
            print(f"FAIL {name}")
            for p in problems[:12]:
                print(f"     {p}")
        else:
            self.passed += 1
            print(f"PASS {name}")


def run(args, **kw):
    return subprocess.run(args, capture_output=True, text=True, **kw)


def pages(pdf):
    """Per page: (width, height, text)."""
    info = run(["pdfinfo", "-f", "1", "-l", "9999", str(pdf)]).stdout
    sizes = [(float(w), float(h)) for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info)]
    text = run(["pdftotext", "-layout", str(pdf), "-"]).stdout.split("\f")
    return [(w, h, text[i] if i < len(text) else "") for i, (w, h) in enumerate(sizes)]


def words(pdf, page=1):
    """The words of one page with their boxes: (text, xmin, ymin, xmax, ymax)."""
    html = run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"]).stdout
    found = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', html)
    return [(t, float(a), float(b), float(c), float(d)) for a, b, c, d, t in found]


def footers(text):
    return [(int(n), int(m)) for n, m in re.findall(r"Sida (\d+) av (\d+)", text)]


def formula_cells(path):
    """{(sheet, ref): cached value} of every formula cell as ramkoll wrote it."""
    formulas = openpyxl.load_workbook(path)
    values = openpyxl.load_workbook(path, data_only=True)
    out = {}
    for ws in formulas.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, str) and c.value.startswith("="):
                    out[(ws.title, c.coordinate)] = values[ws.title][c.coordinate].value
    return out


def sheet_xml(path):
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n).decode("utf-8") for n in z.namelist() if n.startswith("xl/worksheets/sheet")}


def evaluate(formula, cells):
    """The value of a template's formula ("B6+B7-B9", "SUM(B5:B24)") over `cells` {ref: cell}."""
    def value(ref):
        cell = cells.get(ref.replace("$", ""))
        return cell["value"] if cell and cell["type"] == "number" else 0

    def total(match):
        left, top, right, bottom = range_boundaries(match.group(1).replace("$", ""))
        return repr(sum(value(f"{get_column_letter(c)}{r}") for c in range(left, right + 1)
                        for r in range(top, bottom + 1)))
    text = re.sub(r"SUM\(([A-Z$]+\d+:[A-Z$]+\d+)\)", total, formula.lstrip("="))
    text = re.sub(r"\$?[A-Z]{1,3}\$?\d+", lambda m: repr(value(m.group(0))), text)
    if not re.fullmatch(r"[-+*/(). \deE]*", text):
        raise ValueError(f"formula {formula} not understood")
    return eval(text)  # digits and operators only, checked above


def fill_template(src, dst):
    """Types a number into every unlocked cell of the budget and list sheets (text into text
    columns), as a committee would."""
    wb = openpyxl.load_workbook(src)
    n = 0
    for ws in wb.worksheets:
        if ws.sheet_state != "visible":
            continue
        for row in ws.iter_rows():
            for c in row:
                if c.protection.locked is False and c.row < 9 + 2 * (ws.title != "Budget"):
                    n += 1
                    c.value = 1000 + n * 12.5 if c.number_format != "General" else f"Post {n}"
    wb.save(dst)


def main():
    if len(sys.argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    ramkoll = str(pathlib.Path(sys.argv[1]).resolve())
    source, out_dir = pathlib.Path(sys.argv[2]).resolve(), pathlib.Path(sys.argv[3]).resolve()
    missing = [t for t in TOOLS if shutil.which(t) is None]
    if missing:
        why = f"not installed: {', '.join(missing)} (libreoffice-calc-nogui, poppler-utils)"
        if os.environ.get("CI") == "true":
            print(f"FAIL {why}; under CI=true this test must run")
            return 1
        print(f"SKIPPED: {why}")
        return 77
    started = time.monotonic()
    checks = Checks()
    work = pathlib.Path(tempfile.mkdtemp(prefix="ramkoll-print-"))
    try:
        rules = source / "rules" / "blekinge-2024.rules"
        staged = work / "in"
        staged.mkdir()
        for round_name, folder in (("draft", "inlamnat"), ("clean", "inlamnat-utan-fel")):
            result = run([ramkoll, "run", "--rules", str(rules), "--in", str(source / "workbooks" / folder),
                          "--out", str(work / round_name)], cwd=work)
            if result.returncode > 1:
                print(f"FAIL ramkoll run {folder}: {result.stderr}")
                return 1
            written = work / round_name / "resultat"
            for f in sorted((written / "bilagor").glob("*.xlsx")):
                shutil.copy(f, staged / f"{round_name}-{f.name}")
            shutil.copy(written / "granskning.xlsx", staged / f"{round_name}-granskning.xlsx")
            for f in sorted((written / "nämnder").glob("*.xlsx"))[:2]:
                shutil.copy(f, staged / f"{round_name}-nämnd-{f.name}")
        result = run([ramkoll, "template", "--rules", str(rules), "-o", str(work / "mall"), "--committee", "TVN"])
        if result.returncode != 0:
            print(f"FAIL ramkoll template: {result.stderr}")
            return 1
        fill_template(work / "mall" / "TVN-2024.xlsx", staged / "mall-TVN-2024.xlsx")
        books = sorted(staged.glob("*.xlsx"))

        # LibreOffice, with a profile of its own (parallel runs do not share one).
        profile = work / "profile"
        (profile / "user").mkdir(parents=True)
        (profile / "user" / "registrymodifications.xcu").write_text(RECALC_PROFILE)
        office = ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore"]
        resaved = [b for b in books if "granskning" not in b.stem]   # the annexes and the template
        for target, folder, files in (("pdf", "pdf", books), ('xlsx:Calc MS Excel 2007 XML', "lo", resaved)):
            result = run(office + ["--convert-to", target, "--outdir", str(work / folder)] + [str(b) for b in files],
                         timeout=300)
            if result.returncode != 0:
                print(f"FAIL soffice --convert-to {target}: {result.stderr}")
                return 1
        print(f"({time.monotonic() - started:.0f} s: LibreOffice done)")
        pdf = {b.stem: work / "pdf" / f"{b.stem}.pdf" for b in books}
        saved = {b.stem: work / "lo" / b.name for b in resaved}
        missing = [n for n, p in list(pdf.items()) + list(saved.items()) if not p.exists()]
        checks.check("LibreOffice converted every workbook", [f"no output for {n}" for n in missing])
        if missing:
            return 1
        printed = {name: pages(p) for name, p in pdf.items()}
        annexes = [b.stem for b in books if re.match(r"(draft|clean)-(?!granskning|nämnd-)", b.stem)]

        checks.check("every page is A4", [
            f"{name} page {i + 1}: {w} x {h} pt" for name, ps in printed.items() for i, (w, h, _) in enumerate(ps)
            if sorted((round(w, 1), round(h, 1))) != sorted(A4)])
        checks.check("no formula error text on paper", [
            f"{name} page {i + 1}: {e}" for name, ps in printed.items() for i, (_, _, t) in enumerate(ps)
            for e in ERROR_TEXT if e in t])

        # Every formula of every annex, recalculated by LibreOffice, against ramkoll's cached value.
        differences, compared = [], 0
        for name in annexes:
            ours = formula_cells(staged / f"{name}.xlsx")
            theirs = openpyxl.load_workbook(saved[name], data_only=True)
            for (sheet, ref), value in ours.items():
                compared += 1
                lo = theirs[sheet][ref].value
                if not isinstance(lo, (int, float)) or abs(lo - (value or 0)) > 1e-9 * max(1, abs(lo)):
                    differences.append(f"{name} {sheet}!{ref}: ramkoll {value}, LibreOffice {lo}")
        checks.check(f"LibreOffice recalculates {compared} annex formulas to ramkoll's values",
                     differences + ([] if compared > 300 else [f"only {compared} formula cells"]))

        # 1. A4 stated in every sheet of every workbook, and still after LibreOffice saved it.
        unstated = []
        for name in [b.stem for b in books]:
            for path in [staged / f"{name}.xlsx"] + ([saved[name]] if name in saved else []):
                for part, xml in sheet_xml(path).items():
                    if not re.search(r'<pageSetup[^>]*paperSize="9"', xml):
                        unstated.append(f"{path.parent.name}/{path.name} {part}")
        checks.check("1 paper size A4 stated (paperSize 9) in every sheet", unstated)

        # 2. Interna: the buyers' headers stand right over the numbers under them.
        problems = []
        for round_name in ("draft", "clean"):
            ws = openpyxl.load_workbook(staged / f"{round_name}-Interna.xlsx").worksheets[0]
            header = next(r for r in ws.iter_rows() if r[0].value and "köpare" in str(r[0].value))
            for c in header[1:]:
                if c.value is not None and c.alignment.horizontal != "right":
                    problems.append(f"{round_name} Interna {c.coordinate} {c.value!r}: aligned {c.alignment.horizontal}")
            on_page = words(pdf[f"{round_name}-Interna"])
            numbers = [x1 for t, _, _, x1, _ in on_page if re.fullmatch(r"[-\u2212]?\d+,\d", t)]   # "42,0"
            for c in header[1:]:
                top = next(w for w in on_page if w[0] == "Säljare")[2]   # the header line
                box = next((w for w in on_page if w[0] == c.value and abs(w[2] - top) < 2), None)
                if box is None or not any(abs(box[3] - x) < 2.5 for x in numbers):
                    problems.append(f"{round_name} Interna.pdf: {c.value} does not end where its numbers end")
        checks.check("2 Interna's buyer headers right-aligned over the numbers", problems)

        # 3. The draft prints at the size of the clean annex: its notice does not set the scale.
        problems = []
        for annex in ("Sammanställning", "Interna", "Nämndbudget"):
            def height(name):
                first = next((w for w in words(pdf[name]) if w[0] in ("Intäkter", "Regionstyrelsen", "Nämnd")), None)
                return first[4] - first[2] if first else 0
            draft, clean = height(f"draft-{annex}"), height(f"clean-{annex}")
            if not clean or draft < 0.97 * clean:
                problems.append(f"{annex}: text {draft:.1f} pt high in the draft, {clean:.1f} pt in the clean round")
        checks.check("3 the draft notice does not shrink the printed annex", problems)

        # 4. Sammanställning: each page starts with a committee's name, none is split.
        problems = []
        for round_name in ("draft", "clean"):
            ps = printed[f"{round_name}-Sammanställning"]
            for i, (_, _, text) in enumerate(ps[1:], start=2):
                lines = [l.strip() for l in text.splitlines() if l.strip()]
                body = lines[lines.index(next(l for l in lines if l.startswith("Nämnd"))) + 1:] if any(
                    l.startswith("Nämnd") for l in lines) else []
                if not body or re.search(r"\d", body[0]):
                    problems.append(f"{round_name} Sammanställning page {i} starts with {body[:1]}, not a committee")
        checks.check("4 Sammanställning keeps each committee's rows on one page", problems)

        # 5. Bilagor.xlsx numbers the pages of each annex from 1, out of that annex's pages.
        problems = []
        for round_name in ("draft", "clean"):
            numbered = [footers(t) for _, _, t in printed[f"{round_name}-Bilagor"]]
            order = openpyxl.load_workbook(staged / f"{round_name}-Bilagor.xlsx", read_only=True).sheetnames
            expected = []
            for name in [f"{round_name}-{sheet}" for sheet in order]:   # each annex's file is named by its sheet
                count = len(printed[name])
                if [footers(t) for _, _, t in printed[name]] != [[(n, count)] for n in range(1, count + 1)]:
                    problems.append(f"{name}.pdf numbered {[footers(t) for _, _, t in printed[name]]}")
                expected += [[(n, count)] for n in range(1, count + 1)]
            if numbered != expected:
                problems.append(f"{round_name}-Bilagor.pdf numbered {numbered}, expected {expected}")
        checks.check("5 Bilagor.xlsx counts 'Sida N av M' per annex", problems)

        # 6. granskning.xlsx: landscape, one page wide, the header row on every page.
        problems = []
        for name in [b.stem for b in books if "granskning" in b.stem]:
            wb = openpyxl.load_workbook(staged / f"{name}.xlsx")
            for ws in wb.worksheets:
                s = ws.page_setup
                if s.orientation != "landscape" or s.fitToWidth not in (None, 1) or s.fitToHeight != 0 \
                        or not ws.sheet_properties.pageSetUpPr or not ws.sheet_properties.pageSetUpPr.fitToPage:
                    problems.append(f"{name} {ws.title}: {s.orientation}, fit {s.fitToWidth}x{s.fitToHeight}")
                if ws.print_title_rows not in ("1:1", "$1:$1"):
                    problems.append(f"{name} {ws.title}: rows repeated {ws.print_title_rows}")
            header = openpyxl.load_workbook(staged / f"{name}.xlsx").worksheets[1]["J1"].value
            for i, (w, h, text) in enumerate(printed[name]):
                if w < h:
                    problems.append(f"{name}.pdf page {i + 1} portrait")
            if not any(header in t for _, _, t in printed[name]):
                problems.append(f"{name}.pdf: no page shows the findings' header {header!r}")
        checks.check("6 review reports print landscape, one page wide, header row repeated", problems)

        # 7. The chart's axis in whole units, its data not printed.
        problems = []
        for round_name in ("draft", "clean"):
            with zipfile.ZipFile(staged / f"{round_name}-Nämndbudget.xlsx") as z:
                charts = [z.read(n).decode() for n in z.namelist() if n.startswith("xl/charts/chart")]
            for xml in charts:
                axis = re.search(r"<c:valAx>.*?</c:valAx>", xml, re.S)
                code = re.search(r'<c:numFmt formatCode="([^"]*)"', axis.group(0)) if axis else None
                if not code or "." in code.group(1):
                    problems.append(f"{round_name} Nämndbudget chart axis format {code.group(1) if code else None}")
            if not charts:
                problems.append(f"{round_name} Nämndbudget has no chart")
            for name in (f"{round_name}-Nämndbudget", f"{round_name}-Bilagor"):
                if any("Diagramunderlag" in t for _, _, t in printed[name]):
                    problems.append(f"{name}.pdf prints the chart's data")
        checks.check("7 chart axis in whole units and its data not printed", problems)

        # A template filled in and saved by LibreOffice reads back with the same cells.
        def inspected(path):
            shown = run([ramkoll, "inspect", "--json", str(path)])
            return json.loads(shown.stdout) if shown.returncode == 0 else None
        before, after = inspected(staged / "mall-TVN-2024.xlsx"), inspected(saved["mall-TVN-2024"])
        problems = [] if before and after else ["ramkoll inspect cannot read the template"]
        if before and after:
            lists = lambda d: sorted((n["name"], n["ref"]) for n in d["defined_names"] if n["name"].startswith("Lista_"))
            if lists(before) != lists(after):
                problems.append(f"list names {lists(before)} became {lists(after)}")
            for a, b in zip(before["sheets"], after["sheets"]):
                ca = {c["ref"]: c for c in a.get("cells", [])}
                cb = {c["ref"]: c for c in b.get("cells", [])}
                if set(ca) != set(cb):
                    problems.append(f"{a['name']}: cells {sorted(set(ca) ^ set(cb))} only in one of them")
                for ref in sorted(set(ca) & set(cb)):
                    x, y = ca[ref], cb[ref]
                    if "formula" in x:   # openpyxl left it uncomputed: LibreOffice's value, checked
                        expected = evaluate(x["formula"], cb)
                        if y["type"] != "number" or abs(y["value"] - expected) > 1e-6:
                            problems.append(f"{a['name']}!{ref} ={x['formula']}: {y.get('value')}, expected {expected}")
                    elif (x["type"], x.get("value")) != (y["type"], y.get("value")):
                        problems.append(f"{a['name']}!{ref}: {x['type']} {x.get('value')!r} became "
                                        f"{y['type']} {y.get('value')!r}")
            if [s["name"] for s in before["sheets"]] != [s["name"] for s in after["sheets"]]:
                problems.append("the sheets changed")
        checks.check("a template filled and saved by LibreOffice reads back with the same cells", problems)

        # The README's picture: Bilaga 1 of the clean round, small.
        out_dir.mkdir(parents=True, exist_ok=True)
        run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(pdf["clean-Resultatbudget"]),
             str(out_dir / "bilaga1")])
        checks.check("the README's picture made", [] if (out_dir / "bilaga1.png").exists() else ["no bilaga1.png"])
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"({time.monotonic() - started:.0f} s)")
    print(f"{checks.passed} passed, {checks.failed} failed")
    return 1 if checks.failed else 0


if __name__ == "__main__":
    sys.exit(main())
