#!/usr/bin/python3
"""Realistic mistakes, one at a time, in the clean round: none may change the plan silently.

    tests/robust/mistakes.py --ramkoll build/ramkoll [--jobs 2] [--list] [--only CLASS]

Each case copies workbooks/inlamnat-utan-fel/ (which `check` passes without a finding), makes
one mistake a committee really makes in one file, and runs `ramkoll check --json` with
`--archive` on an archive that holds the clean round (a revision, as most files that reach the
finance staff are: it lets the scale check compare with the previous version). When check
reports a new warning or error the case is *caught*. When check says nothing, the case must be
*harmless*: `ramkoll consolidate` then writes annexes whose every cell (Bilagor.xlsx, read back
with `ramkoll inspect --json`) equals the clean round's. A case that is neither is *silent*: the
plan changed while check said OK. The script prints every silent case and exits 1 when there is
one, 0 otherwise; its last line is "N passed, N failed".

The mistakes are made in the files' XML, not by re-saving them with openpyxl (which would drop
every cached formula value and so give a finding for any change): one cell's value or text is
changed, everything else in the workbook stays byte for byte as LibreOffice saved it.
"""
import argparse
import concurrent.futures
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from xml.sax.saxutils import escape

ROOT = pathlib.Path(__file__).resolve().parents[2]
CLEAN = ROOT / "workbooks" / "inlamnat-utan-fel"
RULES = ROOT / "rules" / "blekinge-2024.rules"

CELL = re.compile(r'<c r="([A-Z]+)([0-9]+)"([^>]*?)(?:/>|>(.*?)</c>)', re.S)


class Book:
    """One workbook's parts, sheets by name, shared strings, and each cell's XML."""

    def __init__(self, path: pathlib.Path):
        self.path = path
        with zipfile.ZipFile(path) as z:
            self.parts = {i.filename: z.read(i.filename) for i in z.infolist()}
            self.infos = z.infolist()
        workbook = self.parts["xl/workbook.xml"].decode()
        rels = self.parts["xl/_rels/workbook.xml.rels"].decode()
        targets = dict(re.findall(r'Id="([^"]+)"[^>]*Target="([^"]+)"', rels))
        targets.update({i: t for t, i in re.findall(r'Target="([^"]+)"[^>]*Id="([^"]+)"', rels)})
        self.sheets = {}
        for name, rid in re.findall(r'<sheet name="([^"]+)"[^>]*r:id="([^"]+)"', workbook):
            target = targets[rid].lstrip("/")
            self.sheets[unescape(name)] = target if target.startswith("xl/") else "xl/" + target
        self.strings = []
        if "xl/sharedStrings.xml" in self.parts:
            for si in re.findall(r"<si>(.*?)</si>", self.parts["xl/sharedStrings.xml"].decode(), re.S):
                self.strings.append(unescape("".join(re.findall(r"<t[^>]*>(.*?)</t>", si, re.S))))

    def cells(self, sheet: str):
        """(ref, attributes, inner XML, value): value is a float, a str, or None for an empty cell."""
        xml = self.parts[self.sheets[sheet]].decode()
        for m in CELL.finditer(xml):
            col, row, attrs, inner = m.group(1), m.group(2), m.group(3), m.group(4) or ""
            v = re.search(r"<v>(.*?)</v>", inner)
            value = None
            if 't="s"' in attrs and v:
                value = self.strings[int(v.group(1))]
            elif 't="inlineStr"' in attrs:
                value = unescape("".join(re.findall(r"<t[^>]*>(.*?)</t>", inner, re.S)))
            elif v and 't="str"' not in attrs and 't="b"' not in attrs and 't="e"' not in attrs:
                value = float(v.group(1))
            yield col + row, attrs, inner, value

    def set_cell(self, sheet: str, ref: str, new_xml_inner: str, cell_type: str):
        """Replaces the cell's content; cell_type "n" (a number) or "inlineStr" (a text)."""
        part = self.sheets[sheet]
        xml = self.parts[part].decode()
        col, row = re.match(r"([A-Z]+)([0-9]+)", ref).groups()

        def replace(m):
            attrs = re.sub(r'\s+t="[^"]*"', "", m.group(3))
            return f'<c r="{col}{row}"{attrs} t="{cell_type}">{new_xml_inner}</c>'

        new, n = re.subn(rf'<c r="({col})({row})"([^>]*?)(?:/>|>(.*?)</c>)', replace, xml, count=1, flags=re.S)
        if n != 1:
            raise KeyError(f"{self.path.name}!{sheet}!{ref}")
        self.parts[part] = new.encode()

    def set_number(self, sheet, ref, number):
        self.set_cell(sheet, ref, f"<v>{repr(float(number)) if number != int(number) else int(number)}</v>", "n")

    def set_text(self, sheet, ref, text):
        self.set_cell(sheet, ref, f'<is><t xml:space="preserve">{escape(text)}</t></is>', "inlineStr")

    def save(self, path: pathlib.Path):
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for info in self.infos:
                z.writestr(info.filename, self.parts[info.filename])


def unescape(text: str) -> str:
    return (text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'")
            .replace("&amp;", "&"))


def number_cells(book: Book, sheet: str):
    """The cells of `sheet` a committee types amounts into: numbers, not formulas, not years."""
    for ref, attrs, inner, value in book.cells(sheet):
        if isinstance(value, float) and "<f" not in inner and not (1990 <= value <= 2100 and value == int(value)):
            yield ref, value


def text_cells(book: Book, sheet: str, values):
    for ref, attrs, inner, value in book.cells(sheet):
        if isinstance(value, str) and value in values:
            yield ref, value


class Case:
    def __init__(self, klass, name, file, make):
        self.klass, self.name, self.file, self.make = klass, name, file, make   # make(dir) changes the copy


def cases():
    out = []
    books = {p.name: Book(p) for p in sorted(CLEAN.glob("*.xlsx"))}
    codes = [name.split("-")[0] for name in books]

    def edit(file, change):
        def make(folder):
            book = Book(folder / file)
            change(book)
            book.save(folder / file)
        return make

    for file, book in books.items():
        sheets = book.sheets
        # Sign: an amount typed with the wrong sign, in the budget and in every list.
        for sheet in [s for s in sheets if s not in ("Anvisning", "ramkoll")]:
            for ref, value in number_cells(book, sheet):
                if value == 0:
                    continue
                out.append(Case("sign", f"{file}!{sheet}!{ref} {value:g} → {-value:g}", file,
                                edit(file, lambda b, s=sheet, r=ref, v=value: b.set_number(s, r, -v))))
        # Units: the whole budget in kronor or in mnkr instead of tkr.
        if "Budget" in sheets:
            for factor, unit in ((1000, "kronor"), (0.001, "mnkr")):
                def scale(b, f=factor):
                    for s in [s for s in b.sheets if s not in ("Anvisning", "ramkoll")]:
                        for r, v in list(number_cells(b, s)):
                            b.set_number(s, r, round(v * f, 6))
                out.append(Case("unit", f"{file} in {unit}", file, edit(file, scale)))
        # Roles of internal agreements typed as people type them.
        if "Interna överenskommelser" in sheets:
            for ref, value in text_cells(book, "Interna överenskommelser", ("säljare", "köpare")):
                for typed in (value.capitalize(), value + " ", " " + value, value.upper(), value[:4], "sälj/köp"):
                    out.append(Case("role", f"{file}!Interna!{ref} {value!r} → {typed!r}", file,
                                    edit(file, lambda b, r=ref, t=typed: b.set_text("Interna överenskommelser", r, t))))
            for ref, value in text_cells(book, "Interna överenskommelser", set(codes)):
                for typed in (value.lower(), value + " ", "X" + value):
                    out.append(Case("counterpart", f"{file}!Interna!{ref} {value!r} → {typed!r}", file,
                                    edit(file, lambda b, r=ref, t=typed: b.set_text("Interna överenskommelser", r, t))))
        # Committee identity: the metadata names another committee.
        if "ramkoll" in sheets:
            own = file.split("-")[0]
            for ref, value in text_cells(book, "ramkoll", {own}):
                other = next(c for c in codes if c != own)
                out.append(Case("identity", f"{file} metadata {own} → {other}", file,
                                edit(file, lambda b, r=ref, o=other: b.set_text("ramkoll", r, o))))
        # An amount left empty.
        if "Budget" in sheets:
            for ref, value in list(number_cells(book, "Budget"))[:6]:
                out.append(Case("blank", f"{file}!Budget!{ref} {value:g} → empty", file,
                                edit(file, lambda b, r=ref: b.set_cell("Budget", r, "", "n"))))
    # A committee's file sent again under another committee's name.
    for own, other in (("HSN", "TVN"), ("TVN", "HSN"), ("RS", "KBN"), ("FF", "SVN")):
        def misnamed(folder, own=own, other=other):
            shutil.copyfile(CLEAN / f"{own}-2024.xlsx", folder / f"{other}-2024.xlsx")
        out.append(Case("identity", f"{own}'s file saved as {other}-2024.xlsx", f"{other}-2024.xlsx", misnamed))
    return out


def run(args, *command, cwd=None):
    return subprocess.run([args.ramkoll, *command], capture_output=True, text=True, cwd=cwd)


def annex_cells(args, folder: pathlib.Path):
    out = folder / "bilagor"
    result = run(args, "consolidate", "--rules", str(RULES), "--in", str(folder / "in"), "--out", str(out), "--utkast")
    if result.returncode != 0:
        return None, result.stderr
    shown = run(args, "inspect", "--json", str(out / "Bilagor.xlsx"))
    document = json.loads(shown.stdout)
    cells = {}
    for sheet in document["sheets"]:
        for c in sheet["cells"]:
            cells[(sheet["name"], c["ref"])] = (c["type"], c.get("value"))
    return cells, ""


def judge(args, case, clean_cells, archive):
    with tempfile.TemporaryDirectory(prefix="ramkoll-mistake-") as tmp:
        folder = pathlib.Path(tmp)
        shutil.copytree(CLEAN, folder / "in", ignore=shutil.ignore_patterns("*.py"))
        case.make(folder / "in")
        checked = run(args, "check", "--rules", str(RULES), "--in", str(folder / "in"), "--json", str(folder / "r.json"),
                      "--archive", str(archive))
        if checked.returncode == 2 or not (folder / "r.json").exists():
            return "broken", checked.stderr.strip()
        findings = json.loads((folder / "r.json").read_text())["findings"]
        caught = [f for f in findings if f["severity"] in ("error", "warning")]
        if caught:
            first = caught[0]
            return "caught", f'{first["rule"]} at {first["location"]}'
        cells, why = annex_cells(args, folder)
        if cells is None:
            return "broken", why
        changed = sorted(k for k in set(cells) | set(clean_cells) if cells.get(k) != clean_cells.get(k))
        if not changed:
            return "harmless", ""
        sheet, ref = changed[0]
        return "silent", f"{len(changed)} annex cells changed, first {sheet}!{ref}: {clean_cells.get(changed[0])} → {cells.get(changed[0])}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ramkoll", required=True)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--list", action="store_true", help="print the cases and stop")
    parser.add_argument("--only", help="run only the cases of this class")
    args = parser.parse_args()
    all_cases = [c for c in cases() if not args.only or c.klass == args.only]
    if args.list:
        for c in all_cases:
            print(f"{c.klass:12} {c.name}")
        print(f"{len(all_cases)} cases")
        return 0
    with tempfile.TemporaryDirectory(prefix="ramkoll-mistake-clean-") as tmp:
        folder = pathlib.Path(tmp)
        shutil.copytree(CLEAN, folder / "in", ignore=shutil.ignore_patterns("*.py"))
        clean_cells, why = annex_cells(args, folder)
        if clean_cells is None:
            print(f"the clean round does not consolidate: {why}", file=sys.stderr)
            return 1
        archive = folder / "arkiv.sqlite"
        recorded = run(args, "run", "--rules", str(RULES), "--in", str(folder / "in"), "--out", str(folder / "out"),
                       "--archive", str(archive))
        if recorded.returncode != 0:
            print(f"the clean round does not run: {recorded.stderr}", file=sys.stderr)
            return 1
        with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
            verdicts = list(pool.map(lambda c: (c, *judge(args, c, clean_cells, archive)), all_cases))
    by_class = {}
    for case, verdict, detail in verdicts:
        by_class.setdefault(case.klass, {}).setdefault(verdict, 0)
        by_class[case.klass][verdict] += 1
        if verdict in ("silent", "broken"):
            print(f"{verdict.upper()}: [{case.klass}] {case.name}: {detail}")
    for klass, counts in sorted(by_class.items()):
        print(f"{klass:12} " + ", ".join(f"{n} {v}" for v, n in sorted(counts.items())))
    failed = sum(1 for _, v, _ in verdicts if v in ("silent", "broken"))
    print(f"{len(verdicts)} mistakes: {len(verdicts) - failed} caught or harmless, {failed} silent or broken")
    print(f"{len(verdicts) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
