#!/usr/bin/python3
"""Fails when a build ran fewer tests than the suite defines.

    tests/expect_all_ran.py BUILD_DIR JUNIT_FILE

Counts, for one build after `ctest --output-junit JUNIT_FILE`:
  - defined: the names of the TEST_CASEs in tests/**/*.cpp (and *.hpp);
  - registered: the tests ctest knows (`ctest --show-only=json-v1`), those labelled `catch`
    being the Catch2 test cases (tests/CMakeLists.txt);
  - ran and skipped: from the JUnit file ctest wrote.
The Catch2 tests registered must be the TEST_CASEs defined, name for name (a test file left
out of the build, a discovery that found nothing, a test hidden by a tag, a name that CMake
split at a ";" all show here), and every
registered test must have run. A skipped test is allowed on a developer's machine where it
cannot run (it is printed); under CI=true nothing may be skipped.
"""
import json
import os
import pathlib
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

TEST_CASE = re.compile(r'^\s*TEST_CASE\s*\(\s*"((?:[^"\\]|\\.)*)"', re.MULTILINE)


def defined_test_cases(tests_dir: pathlib.Path) -> list:
    """The names of the TEST_CASEs in the sources."""
    names = []
    for path in sorted(tests_dir.rglob("*")):
        if path.suffix in (".cpp", ".hpp") and path.is_file():
            for name in TEST_CASE.findall(path.read_text(encoding="utf-8")):
                names.append(re.sub(r"\\(.)", r"\1", name))
    return names


def registered(build: str):
    shown = subprocess.run(["ctest", "--test-dir", build, "--show-only=json-v1"],
                           check=True, capture_output=True, text=True).stdout
    tests = json.loads(shown)["tests"]
    catch = []
    for t in tests:
        labels = next((p["value"] for p in t.get("properties", []) if p["name"] == "LABELS"), [])
        if "catch" in labels:
            catch.append(t["name"])
    return len(tests), catch


def ran(junit: str):
    root = ET.parse(junit).getroot()
    cases = root.iter("testcase")
    run, skipped = 0, []
    for case in cases:
        if case.find("skipped") is not None or case.get("status") in ("notrun", "disabled"):
            skipped.append(case.get("name"))
        else:
            run += 1
    return run, skipped


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    build, junit = sys.argv[1], sys.argv[2]
    source = pathlib.Path(__file__).resolve().parent
    defined = defined_test_cases(source)
    total, catch = registered(build)
    run, skipped = ran(junit)
    print(f"== {build}: {len(defined)} TEST_CASEs defined, {len(catch)} registered with ctest "
          f"(+{total - len(catch)} other tests), {run} ran, {len(skipped)} skipped")
    for name in skipped:
        print(f"   skipped: {name}")
    ok = True
    if sorted(catch) != sorted(defined):
        print(f"error: {build}: ctest knows {len(catch)} Catch2 test cases, the sources define {len(defined)}",
              file=sys.stderr)
        for name in sorted(set(defined) - set(catch)):
            print(f"   defined, not registered: {name}", file=sys.stderr)
        for name in sorted(set(catch) - set(defined)):
            print(f"   registered, not defined: {name}", file=sys.stderr)
        ok = False
    if run + len(skipped) != total:
        print(f"error: {build}: ctest ran {run + len(skipped)} of its {total} tests", file=sys.stderr)
        ok = False
    if skipped and os.environ.get("CI") == "true":
        print(f"error: {build}: {len(skipped)} tests skipped under CI=true", file=sys.stderr)
        ok = False
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
