#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan) in build-asan/ and runs each one for
# SECONDS (default 60) on one core, as many at a time as there are cores, seeded from
# tests/fixtures/, workbooks/ and rules/.
# Any crash, hang (> 10 s per input), leak, sanitizer report or memory blow-up (> 2 GiB)
# fails the script; libFuzzer leaves the input that did it as build-asan/crashes/<target>/.
#   fuzz/run.sh [SECONDS] [TARGET...]      e.g. fuzz/run.sh 3600 workbook
# Inputs that once failed live in fuzz/regressions/<target>/ and are replayed first.
# RAMKOLL_FUZZ_JOBS (default 2) sets the build's parallelism, RAMKOLL_FUZZ_PARALLEL (default: the
# cores) how many targets run at once, RAMKOLL_FUZZ_BUILD the build folder.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(workbook sheet_xml shared_strings swedish_number rules)
build=${RAMKOLL_FUZZ_BUILD:-build-asan}

# The sanitizer build of ./bootstrap test (cmake/sanitize.cmake): only the fuzz targets are built here.
cmake -C cmake/sanitize.cmake -S . -B "$build" >/dev/null
cmake --build "$build" -j "${RAMKOLL_FUZZ_JOBS:-2}" --target "${targets[@]/#/fuzz_}"

# Seed corpora, rebuilt each run from what is in the repository.
seeds=$build/seeds
rm -rf "$seeds"
mkdir -p "$seeds"/{workbook,sheet_xml,shared_strings,swedish_number,rules}
for f in tests/fixtures/*.xlsx tests/fixtures/bad/* workbooks/*/*.xlsx; do   # named by folder and file
  cp "$f" "$seeds/workbook/$(basename "$(dirname "$f")")-$(basename "$f")"
done
for f in tests/fixtures/*.xlsx workbooks/inlamnat/*.xlsx; do
  stem=$(basename "$f" .xlsx)
  unzip -p "$f" 'xl/worksheets/sheet1.xml' > "$seeds/sheet_xml/$stem.xml" 2>/dev/null || true
  unzip -p "$f" 'xl/sharedStrings.xml' > "$seeds/shared_strings/$stem.xml" 2>/dev/null || true
done
# The same workbooks with stored (uncompressed) entries: mutations then land in the XML itself,
# which the reader parses before the entry's CRC is checked at its end.
/usr/bin/python3 - "$seeds/workbook" tests/fixtures/*.xlsx workbooks/inlamnat/*.xlsx <<'PY'
import os, sys, zipfile
out = sys.argv[1]
for path in sys.argv[2:]:
    if os.path.getsize(path) > 100_000:
        continue
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(os.path.join(out, "stored-" + os.path.basename(path)), "w",
                                                       zipfile.ZIP_STORED) as dst:
        for item in src.infolist():
            dst.writestr(item.filename, src.read(item.filename))
PY
find "$seeds" -type f -empty -delete
for f in tests/fixtures/*.xlsx; do   # large sheets make slow seeds: keep the corpus small
  [ "$(stat -c %s "$seeds/sheet_xml/$(basename "$f" .xlsx).xml" 2>/dev/null || echo 0)" -lt 200000 ] ||
    rm -f "$seeds/sheet_xml/$(basename "$f" .xlsx).xml"
done
cp rules/*.rules tests/rules/*.rules tests/rules/*.part "$seeds/rules/"
i=0
for n in "4 328,9" "−71,7" "– 410" "3,9 %" "3,4 procent" "-7 491,8" "+5" "1 234 567,123456" \
         "9 223 372 036 854,775807" "0,0" "86075.1" "1.5E-2" "4328900.0000000009" "-3400" "1e308"; do
  printf '%s' "$n" > "$seeds/swedish_number/$i"; i=$((i + 1))
done

# One target: replays its regressions, then fuzzes for SECONDS; prints what happened and
# fails when the target did.
fuzz_target() {
  local t=$1 corpus=$build/corpus/$1 crashes=$build/crashes/$1 dict=()
  mkdir -p "$corpus" "$crashes"
  case $t in workbook|sheet_xml|shared_strings) dict=(-dict=fuzz/xml.dict);; rules) dict=(-dict=fuzz/rules.dict);; esac
  if [ -d "fuzz/regressions/$t" ] && [ -n "$(ls -A "fuzz/regressions/$t")" ]; then
    echo "== $t: replayed fuzz/regressions/$t"
    "$build/fuzz/fuzz_$t" -timeout=10 -rss_limit_mb=2048 fuzz/regressions/$t/* >"$build/$t.replay.log" 2>&1 ||
      { echo "FAIL: $t regression (see $build/$t.replay.log)"; return 1; }
  fi
  echo "== $t: ${seconds} s"
  if "$build/fuzz/fuzz_$t" "$corpus" "$seeds/$t" "${dict[@]}" -max_total_time="$seconds" -timeout=10 \
       -rss_limit_mb=2048 -max_len=262144 -print_final_stats=1 -artifact_prefix="$crashes/" \
       >"$build/$t.log" 2>&1; then
    echo "   $t: $(sed -n 's/^stat::number_of_executed_units: *//p' "$build/$t.log") executions, no failure"
  else
    echo "FAIL: $t (last lines of $build/$t.log; input in $crashes/)"
    tail -n 30 "$build/$t.log"
    return 1
  fi
}

# The targets side by side, one per core (RAMKOLL_FUZZ_PARALLEL), each on one core as
# libFuzzer runs; their reports are printed in order when all are done.
parallel=${RAMKOLL_FUZZ_PARALLEL:-$(nproc 2>/dev/null || echo 1)}
echo "== fuzzing ${#targets[@]} targets, ${seconds} s each, $parallel at a time"
for t in "${targets[@]}"; do
  while [ "$(jobs -rp | wc -l)" -ge "$parallel" ]; do wait -n || true; done
  rm -f "$build/$t.ok"
  ( fuzz_target "$t" >"$build/$t.result" 2>&1 && touch "$build/$t.ok" ) &
done
wait
status=0
for t in "${targets[@]}"; do
  cat "$build/$t.result"
  [ -e "$build/$t.ok" ] || status=1
done
exit $status
