#!/usr/bin/env bash
# The job benchmark of issue #20 (bench/README.md): the commands a user runs, side by side in
# one run against the floor — every part of every file of the 2,900-submission round inflated
# by one Python process (bench/inflate_round.py) — and `inspect` on the 2 M-cell sheet against
# openpyxl read_only doing the same job (bench/peer_openpyxl_dump.py). Each command runs once
# to warm the file cache, then JOB_RUNS times under /usr/bin/time -v (the median wall time is
# reported with its CPU time and the largest peak RSS). Prints a markdown table with the
# ratios and the goals of #20, the machine and the commit; kept in bench/data/job-last-run.md.
# With JOB_PROFILE=1 (the default) also the instructions of `check` and `run` at N=100 by callgrind.
#
#   RAMKOLL=build-bench/ramkoll bench/job.sh     (bench/run.sh builds and calls it)
#   JOB_RUNS=1 JOB_PROFILE=0 bench/job.sh         a quicker look
set -euo pipefail
cd "$(dirname "$0")/.."
ramkoll=${RAMKOLL:-build-bench/ramkoll}
runs=${JOB_RUNS:-3}
peer_runs=${JOB_PEER_RUNS:-1}
profile=${JOB_PROFILE:-1}
data=bench/data
round=$data/round
sheet=$data/bench-200000.xlsx
[ -x "$ramkoll" ] || { echo "== $ramkoll is not built" >&2; exit 1; }
for n in 100 2900; do
  [ -d "$round/inlamnat-$n" ] || /usr/bin/python3 bench/gen_round.py "$round" "$n"
done
[ -f "$sheet" ] || { /usr/bin/python3 bench/gen_data.py "$sheet.tmp.xlsx" 200000 >"$sheet.expected" && mv "$sheet.tmp.xlsx" "$sheet"; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

# measure NAME RUNS CMD...: prints "wall_s cpu_s rss_mib" (median wall of RUNS, its user + sys,
# the largest peak RSS). Exit 0 or 1 (findings) is a result. Each run starts from an empty
# output folder and archive: the last run's "$work/out" is moved aside, not deleted, and the
# moved folders are deleted at the end. ext4 without a journal (as here) passes over inodes freed in the last minute or so
# when it allocates new ones, so deleting a run's ~6,000 files just before the next run made
# that run's file creation slower than any user's (perf: a fifth of `run` in recently_deleted).
fresh_out() {
  if [ -e "$work/out" ]; then mv "$work/out" "$(mktemp -d "$work/old.XXXXXX")/out"; fi
}
measure() {
  local name=$1 count=$2; shift 2
  local rc=0
  fresh_out
  "$@" >/dev/null 2>"$work/$name.stderr" || rc=$?
  if [ "$rc" -gt 1 ]; then
    echo "== failed (exit $rc): $*" >&2
    cat "$work/$name.stderr" >&2
    exit 1
  fi
  : >"$work/$name.runs"
  for _ in $(seq "$count"); do
    fresh_out
    /usr/bin/time -v -o "$work/$name.time" "$@" >/dev/null 2>/dev/null || true
    awk -F': ' '
      /Elapsed \(wall clock\)/ { n = split($2, t, ":"); wall = (n == 3) ? t[1] * 3600 + t[2] * 60 + t[3] : t[1] * 60 + t[2] }
      /User time \(seconds\)/ { user = $2 }
      /System time \(seconds\)/ { sys = $2 }
      /Maximum resident set size/ { rss = $2 }
      END { printf "%.3f %.2f %.1f\n", wall, user + sys, rss / 1024 }' "$work/$name.time" >>"$work/$name.runs"
  done
  sort -n "$work/$name.runs" | awk -v n="$count" '
    { wall[NR] = $1; cpu[NR] = $2; if ($3 > rss) rss = $3 }
    END { m = int((n + 1) / 2); printf "%s %s %s\n", wall[m], cpu[m], rss }'
}

echo "== floor: inflate_round.py" >&2
read -r floor_wall floor_cpu floor_rss < <(measure floor "$runs" /usr/bin/python3 bench/inflate_round.py "$round/inlamnat-2900")
echo "== check, consolidate, run" >&2
read -r check_wall check_cpu check_rss < <(measure check "$runs" "$ramkoll" check "$round/round-2900.rules" "$round/inlamnat-2900")
read -r cons_wall cons_cpu cons_rss < <(measure consolidate "$runs" "$ramkoll" consolidate "$round/round-2900.rules" \
  "$round/inlamnat-2900" -o "$work/out" --utkast)
read -r run100_wall run100_cpu run100_rss < <(measure run100 "$runs" "$ramkoll" run --rules "$round/round-100.rules" \
  --in "$round/inlamnat-100" --out "$work/out")
read -r run_wall run_cpu run_rss < <(measure run "$runs" "$ramkoll" run --rules "$round/round-2900.rules" \
  --in "$round/inlamnat-2900" --out "$work/out")
echo "== inspect and openpyxl" >&2
read -r json_wall json_cpu json_rss < <(measure json "$runs" "$ramkoll" inspect --json "$sheet")
read -r text_wall text_cpu text_rss < <(measure text "$runs" "$ramkoll" inspect --sheet Data "$sheet")
read -r pjson_wall pjson_cpu pjson_rss < <(measure pjson "$peer_runs" /usr/bin/python3 bench/peer_openpyxl_dump.py "$sheet")
read -r ptext_wall ptext_cpu ptext_rss < <(measure ptext "$peer_runs" /usr/bin/python3 bench/peer_openpyxl_dump.py "$sheet" --text)

instructions() {   # instructions (all threads) of CMD... under callgrind, in millions (exit 1, findings, is a result)
  { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null || true; } |
    awk '/Collected :/ { printf "%.0f", $NF / 1e6 }'
}
if [ "$profile" != 0 ] && command -v valgrind >/dev/null; then
  echo "== callgrind of check and run at N=100 (a few minutes)" >&2
  check_ins=$(instructions "$ramkoll" check "$round/round-100.rules" "$round/inlamnat-100")
  fresh_out
  run_ins=$(instructions "$ramkoll" run --rules "$round/round-100.rules" --in "$round/inlamnat-100" --out "$work/out")
fi

model=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
verdict() { awk -v v="$1" -v limit="$2" -v less="${3:-1}" 'BEGIN { print ((less ? v <= limit : v >= limit) ? "**met**" : "**MISSED**") }'; }
report=$data/job-last-run.md
{
  echo "### Job benchmark (#20), $(date -u '+%Y-%m-%d %H:%M') UTC, $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src || echo ' + local edits')"
  echo
  echo "- machine: $(nproc) cores ($model), load average before / after: $load_before / $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- ramkoll: $ramkoll"
  echo "- round: $round/inlamnat-2900 (bench/gen_round.py), sheet: $sheet (2 M cells); $runs runs of each ramkoll command (median), $peer_runs of each peer"
  echo
  echo "| what | wall s | CPU s | peak RSS MiB | × the floor | × faster than openpyxl |"
  echo "|---|---:|---:|---:|---:|---:|"
  echo "| floor: inflate every part of every file, one Python process (zlib via zipfile) | $floor_wall | $floor_cpu | $floor_rss | 1.00 | - |"
  echo "| \`ramkoll check\` | $check_wall | $check_cpu | $check_rss | $(ratio "$check_wall" "$floor_wall") | - |"
  echo "| \`ramkoll consolidate\` | $cons_wall | $cons_cpu | $cons_rss | $(ratio "$cons_wall" "$floor_wall") | - |"
  echo "| \`ramkoll run\` (check, consolidate, archive, reports, annexes) | $run_wall | $run_cpu | $run_rss | $(ratio "$run_wall" "$floor_wall") | - |"
  echo "| \`ramkoll run\`, N = 100 | $run100_wall | $run100_cpu | $run100_rss | - | - |"
  echo "| \`ramkoll inspect --json\` on the 2 M-cell sheet | $json_wall | $json_cpu | $json_rss | - | $(ratio "$pjson_wall" "$json_wall") |"
  echo "| \`ramkoll inspect --sheet Data\` (text) on the 2 M-cell sheet | $text_wall | $text_cpu | $text_rss | - | $(ratio "$ptext_wall" "$text_wall") |"
  echo "| openpyxl read_only writing the same values as JSON | $pjson_wall | $pjson_cpu | $pjson_rss | - | - |"
  echo "| openpyxl read_only writing the same values as text | $ptext_wall | $ptext_cpu | $ptext_rss | - | - |"
  echo
  per100=$(awk -v w="$run100_wall" 'BEGIN { printf "%.2f", w * 1000 / 100 }')
  per2900=$(awk -v w="$run_wall" 'BEGIN { printf "%.2f", w * 1000 / 2900 }')
  check_ms=$(awk -v c="$check_cpu" 'BEGIN { printf "%.2f", c * 1000 / 2900 }')
  echo "Goals of #20 (wall-time ratios of this run):"
  echo
  echo "- run ≤ 1.5× the floor: $(ratio "$run_wall" "$floor_wall")× $(verdict "$(ratio "$run_wall" "$floor_wall")" 1.5)"
  echo "- run peak RSS < 256 MB: $(awk -v m="$run_rss" 'BEGIN { printf "%.1f", m * 1.048576 }') MB $(verdict "$run_rss" 244)"
  echo "- run time per file flat from N=100 to N=2900: $per100 ms → $per2900 ms, $(ratio "$per2900" "$per100")× $(verdict "$(ratio "$per2900" "$per100")" 1.1)"
  echo "- check ≤ 0.6× the floor: $(ratio "$check_wall" "$floor_wall")× $(verdict "$(ratio "$check_wall" "$floor_wall")" 0.6)"
  echo "- check CPU per submission ≤ 0.5 ms: $check_ms ms $(verdict "$check_ms" 0.5)"
  echo "- inspect --json peak RSS < 64 MiB: $json_rss MiB $(verdict "$json_rss" 64); ≥ 20× openpyxl: $(ratio "$pjson_wall" "$json_wall")× $(verdict "$(ratio "$pjson_wall" "$json_wall")" 20 0)"
  echo "- inspect text peak RSS < 64 MiB: $text_rss MiB $(verdict "$text_rss" 64); ≥ 20× openpyxl: $(ratio "$ptext_wall" "$text_wall")× $(verdict "$(ratio "$ptext_wall" "$text_wall")" 20 0)"
  if [ -n "${check_ins:-}" ]; then
    echo
    echo "Instructions at N=100 (callgrind, all threads): check ${check_ins} M ($(awk -v i="$check_ins" 'BEGIN { printf "%.1f", i / 100 }') M per submission), run ${run_ins} M ($(awk -v i="$run_ins" 'BEGIN { printf "%.1f", i / 100 }') M per submission)"
  fi
} >"$report"
cat "$report"
