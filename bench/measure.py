#!/usr/bin/python3
# Times ramkoll_bench_read, the decompression floor (unzip -p of the sheet part, and libzip's
# inflate alone: ramkoll_bench_inflate) and the peer readers on one workbook, and prints a markdown report: machine, a table with mean time,
# peak RSS and ramkoll's speed-up over each, and the targets of issues #2 and #8. Each reader
# runs once under /usr/bin/time -v (peak RSS, its result line checked against FILE.expected,
# and the file cache warmed), then under hyperfine. A peer that is not installed or fails is
# listed with the reason. Called by bench/run.sh, which installs, builds and generates first.
#
#   /usr/bin/python3 bench/measure.py --file F.xlsx --ramkoll BIN --inflate BIN [--runs 10] [--peer-runs 3]
import argparse
import datetime
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass

BENCH = os.path.dirname(os.path.abspath(__file__))
RESULT = re.compile(r"sum=(\S+) numbers=(\d+) strings=(\d+)")
MIB = 1024 * 1024


@dataclass
class Reader:
    name: str
    command: list
    runs: int
    version: str = ""
    missing: str = ""          # why it cannot run, if it cannot
    js: bool = False           # counts for the "fastest JS peer" target
    floor: bool = False        # a decompression floor, not a reader
    failed: str = ""
    result: str = ""           # "ok" or what differs from the expected line
    rss_kib: int = 0
    mean: float = 0.0
    stddev: float = 0.0
    min: float = 0.0
    cpu: float = 0.0           # mean user + system seconds, all threads


def run(command: list) -> subprocess.CompletedProcess:
    return subprocess.run(command, capture_output=True, text=True)


def dpkg_version(package: str) -> str:
    done = run(["dpkg-query", "-W", "-f=${Version}", package])
    return done.stdout if done.returncode == 0 else ""


def npm_version(package: str) -> str:
    try:
        with open(os.path.join(BENCH, "node_modules", package, "package.json")) as f:
            return json.load(f)["version"]
    except (OSError, ValueError, KeyError):
        return ""


def compare(line: str, expected: str) -> str:
    got, want = RESULT.search(line), RESULT.search(expected)
    if not got:
        return f"no result line: {line.strip()[:80]!r}"
    problems = []
    if got[2] != want[2]:
        problems.append(f"numbers {got[2]} != {want[2]}")
    if got[3] != want[3]:
        problems.append(f"strings {got[3]} != {want[3]}")
    # Readers that sum column by column (readxl) add in another order: allow rounding.
    if abs(float(got[1]) - float(want[1])) > 1e-9 * abs(float(want[1])):
        problems.append(f"sum {got[1]} != {want[1]}")
    return "; ".join(problems) or "ok"


def measure(reader: Reader, expected: str) -> None:
    done = run(["/usr/bin/time", "-v", *reader.command])
    if done.returncode != 0:
        first = (done.stderr.strip().splitlines() or [""])[0]
        reader.failed = f"exit {done.returncode}: {first[:100]}"
        return
    reader.rss_kib = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)[1])
    reader.result = "no parsing" if reader.floor else compare(done.stdout, expected)
    with tempfile.NamedTemporaryFile(suffix=".json") as export:
        done = run(["hyperfine", "-N", "--style", "none", "--runs", str(reader.runs),
                    "--export-json", export.name, shlex.join(reader.command)])
        if done.returncode != 0:
            reader.failed = f"hyperfine: {done.stderr.strip()[:100]}"
            return
        timing = json.load(open(export.name))["results"][0]
    reader.mean, reader.stddev, reader.min = timing["mean"], timing["stddev"] or 0.0, timing["min"]
    reader.cpu = timing["user"] + timing["system"]


def readers(args) -> list:
    node_missing = "" if shutil.which("node") else "node not installed"
    rscript = shutil.which("Rscript")
    readxl_missing = ("Rscript not installed" if not rscript else
                      "" if run([rscript, "-e", "library(readxl)"]).returncode == 0 else
                      "R package readxl not installed (r-cran-readxl)")
    openpyxl_missing = ("" if run(["/usr/bin/python3", "-c", "import openpyxl"]).returncode == 0
                        else "python3-openpyxl not installed")
    # ramkoll's version: the last commit that touched the reader, marked when it has local edits.
    reader = ["--", "../src/xlsx", "../src/common"]
    head = run(["git", "-C", BENCH, "log", "-1", "--format=%h", *reader]).stdout.strip()
    if run(["git", "-C", BENCH, "status", "--porcelain", *reader]).stdout.strip():
        head += " + local edits"
    sheet = "xl/worksheets/sheet1.xml"
    return [
        Reader("ramkoll (ramkoll_bench_read)", [args.ramkoll, args.file], args.runs, version=head,
               missing="" if os.access(args.ramkoll, os.X_OK) else f"{args.ramkoll} not built"),
        Reader("decompression floor: unzip -p sheet1.xml", ["unzip", "-p", args.file, sheet],
               args.runs, version=dpkg_version("unzip"), floor=True,
               missing="" if shutil.which("unzip") else "unzip not installed"),
        Reader("inflate floor: ramkoll's zip_archive alone, ISA-L (ramkoll_bench_inflate)", [args.inflate, args.file, sheet],
               args.runs, version=dpkg_version("libzip4"), floor=True,
               missing="" if os.access(args.inflate, os.X_OK) else f"{args.inflate} not built"),
        Reader("openpyxl read_only, values_only", ["/usr/bin/python3", os.path.join(BENCH, "peer_openpyxl.py"), args.file],
               args.peer_runs, version=dpkg_version("python3-openpyxl"), missing=openpyxl_missing),
        Reader("exceljs stream WorkbookReader", ["node", os.path.join(BENCH, "peer_exceljs.js"), args.file],
               args.peer_runs, version=npm_version("exceljs"), js=True,
               missing=node_missing or ("" if npm_version("exceljs") else "npm package exceljs not installed")),
        Reader("SheetJS readFile (dense)", ["node", os.path.join(BENCH, "peer_sheetjs.js"), args.file],
               args.peer_runs, version=npm_version("xlsx"), js=True,
               missing=node_missing or ("" if npm_version("xlsx") else "npm package xlsx not installed")),
        Reader("R readxl read_excel", ["Rscript", os.path.join(BENCH, "peer_readxl.R"), args.file],
               args.peer_runs, version=dpkg_version("r-cran-readxl"), missing=readxl_missing),
    ]


def machine() -> str:
    model = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo")
                  if line.startswith("model name")), "unknown CPU")
    mem = next(int(line.split()[1]) for line in open("/proc/meminfo") if line.startswith("MemTotal"))
    return f"{os.cpu_count()} cores ({model}), {mem / MIB:.1f} GiB memory, kernel {os.uname().release}"


def ok(reader: Reader) -> bool:
    return not reader.missing and not reader.failed


def verdict(met: bool) -> str:
    return "**met**" if met else "**MISSED**"


def report(args, found: list, load_before: str) -> int:
    ramkoll, floor, openpyxl = found[0], found[1], found[3]
    size = os.path.getsize(args.file)
    print(f"# xlsx read benchmark, {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC\n")
    print(f"- machine: {machine()}")
    print(f"- load average before / after: {load_before} / {' '.join(open('/proc/loadavg').read().split()[:3])}")
    print(f"- file: {args.file} ({size / MIB:.1f} MiB), expected `{open(args.file + '.expected').read().strip()}`")
    print(f"- runs: {args.runs} for ramkoll and the floors, {args.peer_runs} for each peer "
          f"(hyperfine -N, after one run under /usr/bin/time -v that also warms the file cache)\n")
    print("| reader | version | mean s | ± σ | min s | CPU s | peak RSS MiB | ramkoll faster by | result |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---|")
    base = ramkoll.mean if ok(ramkoll) else 0.0
    for r in found:
        if r.missing or r.failed:
            print(f"| {r.name} | {r.version or '-'} | - | - | - | - | - | - | {'not installed: ' + r.missing if r.missing else 'failed: ' + r.failed} |")
            continue
        ratio = ("-" if r is ramkoll or not base else
                 f"ramkoll = {base / r.mean:.2f}× this" if r.floor else f"{r.mean / base:.1f}×")
        print(f"| {r.name} | {r.version} | {r.mean:.3f} | {r.stddev:.3f} | {r.min:.3f} | {r.cpu:.3f} | "
              f"{r.rss_kib / 1024:.1f} | {ratio} | {r.result} |")

    print("\n## Targets (judged on mean wall time; CPU time, summed over all threads, for reference)\n")
    if not ok(ramkoll):
        print(f"ramkoll did not run ({ramkoll.missing or ramkoll.failed}): no target can be judged.")
        return 1

    def faster(peer: Reader) -> str:
        return f"{peer.mean / base:.1f}× (CPU time {peer.cpu / ramkoll.cpu:.1f}×)"

    if ok(openpyxl):
        print(f"- #2: ramkoll ≥ 20× faster than openpyxl read_only: {faster(openpyxl)} "
              f"{verdict(openpyxl.mean / base >= 20)}")
    else:
        print("- #2: ramkoll ≥ 20× faster than openpyxl read_only: openpyxl did not run, not judged")
    print(f"- #2: ramkoll peak RSS < 64 MiB: {ramkoll.rss_kib / 1024:.1f} MiB {verdict(ramkoll.rss_kib < 64 * 1024)}")
    js = [r for r in found if r.js and ok(r)]
    if js:
        fastest = min(js, key=lambda r: r.mean)
        print(f"- #8: ramkoll ≥ 10× faster than the fastest JS peer ({fastest.name}): {faster(fastest)} "
              f"{verdict(fastest.mean / base >= 10)}")
    else:
        print("- #8: ramkoll ≥ 10× faster than the fastest JS peer: no JS peer ran, not judged")
    if ok(floor):
        print(f"- #8: ramkoll ≤ 2× the decompression floor: {base / floor.mean:.2f}× "
              f"(CPU time {ramkoll.cpu / floor.cpu:.2f}×) {verdict(base / floor.mean <= 2)}")
    else:
        print("- #8: ramkoll ≤ 2× the decompression floor: unzip did not run, not judged")
    if ramkoll.result != "ok":
        print(f"\n**ramkoll's result is wrong: {ramkoll.result}**")
        return 1
    return 0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--file", required=True)
    parser.add_argument("--ramkoll", required=True)
    parser.add_argument("--inflate", required=True)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--peer-runs", type=int, default=3)
    args = parser.parse_args()
    expected = open(args.file + ".expected").read()
    load_before = " ".join(open("/proc/loadavg").read().split()[:3])
    found = readers(args)
    for r in found:
        if not r.missing:
            print(f"== {r.name}", file=sys.stderr)
            measure(r, expected)
    return report(args, found, load_before)


if __name__ == "__main__":
    sys.exit(main())
