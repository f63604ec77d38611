#!/usr/bin/env bash
# The xlsx read benchmark (bench/README.md): builds ramkoll_bench_read and
# ramkoll_bench_inflate in Release in build-bench/, installs the peer readers that are missing (Debian packages, npm packages into
# bench/node_modules), generates bench/data/bench-ROWS.xlsx if it is not there, then times
# ramkoll, the decompression floor and every peer on that file and prints a markdown table
# with times, peak RSS, ratios and the targets met; the table is also kept in
# bench/data/last-run.md; then the round benchmark (bench/round.sh) and the job benchmark of
# issue #20 (bench/job.sh). Run as root (or with sudo) on a machine set up by ./bootstrap.
#
#   bench/run.sh                                 200,000 rows, 10 runs of ramkoll, 3 of each peer
#   ROWS=20000 RUNS=5 PEER_RUNS=1 bench/run.sh   a quicker look
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${ROWS:-200000}
runs=${RUNS:-10}
peer_runs=${PEER_RUNS:-3}

# Peers that fail to install are reported as such by measure.py, not silently dropped.
packages=(hyperfine time unzip python3-openpyxl python3-xlsxwriter r-cran-readxl)
command -v node >/dev/null && command -v npm >/dev/null || packages+=(nodejs npm)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "== installing: ${missing[*]}" >&2
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq || true
  for p in "${missing[@]}"; do
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends \
      -o DPkg::Lock::Timeout=600 "$p" >/dev/null || echo "== could not install $p" >&2
  done
fi
if command -v npm >/dev/null && { ! [ -f bench/node_modules/exceljs/package.json ] \
    || ! [ -f bench/node_modules/xlsx/package.json ]; }; then
  echo "== installing npm peers into bench/node_modules" >&2
  npm install --prefix bench --no-package-lock --no-audit --no-fund --loglevel=error >&2 \
    || echo "== npm install failed" >&2
fi

echo "== building ramkoll_bench_read and ramkoll_bench_inflate (Release, build-bench/)" >&2
cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DRAMKOLL_TESTS=OFF >/dev/null
cmake --build build-bench --target ramkoll_bench_read ramkoll_bench_inflate -j "$(nproc)" >&2

mkdir -p bench/data
data=bench/data/bench-$rows.xlsx
if ! [ -f "$data" ] || ! [ -f "$data.expected" ]; then
  echo "== generating $data" >&2
  /usr/bin/python3 bench/gen_data.py "$data.tmp.xlsx" "$rows" >"$data.expected.tmp"
  mv "$data.tmp.xlsx" "$data"
  mv "$data.expected.tmp" "$data.expected"
fi

/usr/bin/python3 bench/measure.py --file "$data" --ramkoll build-bench/bench/ramkoll_bench_read \
  --inflate build-bench/bench/ramkoll_bench_inflate --runs "$runs" --peer-runs "$peer_runs" | tee bench/data/last-run.md

# The round benchmark of #8 and the job benchmark of #20 in the same run (ROUND=0, JOB=0
# leave them out).
if [ "${ROUND:-1}" != 0 ] || [ "${JOB:-1}" != 0 ]; then
  cmake --build build-bench --target ramkoll -j "$(nproc)" >&2
fi
if [ "${ROUND:-1}" != 0 ]; then
  echo
  RAMKOLL=build-bench/ramkoll bench/round.sh
fi
if [ "${JOB:-1}" != 0 ]; then
  echo
  RAMKOLL=build-bench/ramkoll bench/job.sh
fi
