#!/usr/bin/env bash
# The round benchmark of issue #8 (bench/README.md): builds ramkoll in Release in
# build-bench/, writes a synthetic round with bench/gen_round.py into bench/data/round/ if it
# is not there yet (2,900 submissions, generated once and reused), then for each N runs
# `ramkoll check` (and `ramkoll consolidate` when the binary has that command) under
# /usr/bin/time -v and prints a markdown table: wall time, files/s, peak RSS, CPU use, the
# time per file against N=100, and the targets of #8. Last, unless PROFILE=0, the share of
# rule evaluation in check's instructions at N=100, by callgrind. The report is also kept
# in bench/data/round-last-run.md.
#
#   bench/round.sh                      N = 10 100 1000 2900
#   NS="10 100" PROFILE=0 bench/round.sh
#   RAMKOLL=build/ramkoll bench/round.sh   an already built (Release) binary instead of build-bench/
set -euo pipefail
cd "$(dirname "$0")/.."
ns=${NS:-10 100 1000 2900}
profile=${PROFILE:-1}
data=bench/data/round
ramkoll=${RAMKOLL:-}

if [ -z "$ramkoll" ]; then
  echo "== building ramkoll (Release, build-bench/)" >&2
  cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DRAMKOLL_TESTS=OFF >/dev/null
  cmake --build build-bench --target ramkoll -j "$(nproc)" >&2
  ramkoll=build-bench/ramkoll
fi

for n in $ns; do
  # Files already written are reused (only the rule file is written again).
  echo "== the round of $n committees in $data/ (bench/gen_round.py)" >&2
  /usr/bin/python3 bench/gen_round.py "$data" "$n"
done

has_consolidate=0
"$ramkoll" --help | grep -qE '^ +consolidate ' && has_consolidate=1

# timed LOG CMD...: runs CMD under /usr/bin/time -v (exit 0 or 1, findings, is a result);
# prints "wall_s user_s sys_s rss_kib cpu_percent".
timed() {
  local log=$1; shift
  local rc=0
  /usr/bin/time -v -o "$log" "$@" >/dev/null 2>"$log.stderr" || rc=$?
  if [ "$rc" -gt 1 ]; then
    echo "== failed (exit $rc): $*" >&2
    cat "$log.stderr" >&2
    exit 1
  fi
  awk -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, t, ":"); wall = (n == 3) ? t[1] * 3600 + t[2] * 60 + t[3] : t[1] * 60 + t[2] }
    /User time \(seconds\)/ { user = $2 }
    /System time \(seconds\)/ { sys = $2 }
    /Maximum resident set size/ { rss = $2 }
    /Percent of CPU this job got/ { cpu = $2; sub("%", "", cpu) }
    END { printf "%.3f %.2f %.2f %d %d\n", wall, user, sys, rss, cpu }' "$log"
}

logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
report=$(mktemp)
{
  echo "### Round benchmark, $(date -u '+%Y-%m-%d %H:%M') UTC ($(git rev-parse --short HEAD 2>/dev/null || echo '?'))"
  echo
  echo "- machine: $(nproc) cores, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- files: bench/data/round/inlamnat-N (bench/gen_round.py), rules: round-N.rules"
  echo
  echo "| N | command | wall s | files/s | ms per file | × per file at N=100 | user s | sys s | CPU ms per file | CPU % | peak RSS MiB |"
  echo "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
} >"$report"

per_file_100=""
check_2900="" consolidate_2900="" rss_2900=0 ratio_2900=""
for n in $ns; do
  commands=(check)
  [ "$has_consolidate" = 1 ] && commands+=(consolidate)
  for command in "${commands[@]}"; do
    if [ "$command" = check ]; then
      set -- "$ramkoll" check "$data/round-$n.rules" "$data/inlamnat-$n"
    else
      rm -rf "$logs/out-$n"
      # --utkast: the annexes are written even if a synthetic submission has an error.
      set -- "$ramkoll" consolidate "$data/round-$n.rules" "$data/inlamnat-$n" -o "$logs/out-$n" --utkast
    fi
    "$@" >/dev/null 2>&1 || true   # warm the file cache
    read -r wall user sys rss cpu < <(timed "$logs/$command-$n.time" "$@")
    if [ "$command" = consolidate ] && ! [ -f "$logs/out-$n/Bilagor.xlsx" ]; then
      echo "== consolidate wrote no Bilagor.xlsx for N=$n" >&2
      cat "$logs/$command-$n.time.stderr" >&2
      exit 1
    fi
    per_file=$(awk -v w="$wall" -v n="$n" 'BEGIN { printf "%.3f", w * 1000 / n }')
    [ "$command" = check ] && [ "$n" = 100 ] && per_file_100=$per_file
    ratio=$([ -n "$per_file_100" ] && [ "$command" = check ] && awk -v a="$per_file" -v b="$per_file_100" 'BEGIN { printf "%.2f", a / b }' || echo -)
    printf '| %s | %s | %.3f | %.0f | %s | %s | %s | %s | %.2f | %s | %.1f |\n' "$n" "$command" "$wall" \
      "$(awk -v w="$wall" -v n="$n" 'BEGIN { print (w > 0 ? n / w : 0) }')" "$per_file" "$ratio" "$user" "$sys" \
      "$(awk -v u="$user" -v s="$sys" -v n="$n" 'BEGIN { print (u + s) * 1000 / n }')" "$cpu" \
      "$(awk -v k="$rss" 'BEGIN { print k / 1024 }')" >>"$report"
    if [ "$n" = 2900 ]; then
      [ "$command" = check ] && check_2900=$wall && ratio_2900=$ratio
      [ "$command" = consolidate ] && consolidate_2900=$wall
      [ "$rss" -gt "$rss_2900" ] && rss_2900=$rss
    fi
  done
done

{
  echo
  [ "$has_consolidate" = 1 ] || echo "consolidate: not built"
  if [ -n "$check_2900" ]; then
    total=$(awk -v a="$check_2900" -v b="${consolidate_2900:-0}" 'BEGIN { printf "%.3f", a + b }')
    verdict() { awk -v v="$1" -v limit="$2" 'BEGIN { print (v < limit ? "**met**" : "**MISSED**") }'; }
    echo
    echo "Targets of #8 at N=2900:"
    echo
    echo "- check + consolidate < 10 s: ${total} s$([ -z "$consolidate_2900" ] && echo ' (check only: consolidate not built)') $(verdict "$total" 10)"
    echo "- peak RSS < 512 MB: $(awk -v k="$rss_2900" 'BEGIN { printf "%.1f", k * 1024 / 1e6 }') MB $(verdict "$((rss_2900 * 1024))" 512000000)"
    [ -n "$ratio_2900" ] && [ "$ratio_2900" != - ] &&
      echo "- time per file within 1.5× of N=100: ${ratio_2900}× $(verdict "$ratio_2900" 1.5)"
  fi
} >>"$report"

if [ "$profile" != 0 ] && command -v valgrind >/dev/null && [ -f "$data/round-100.rules" ]; then
  echo "== callgrind of check at N=100 (about a minute)" >&2
  valgrind --tool=callgrind --callgrind-out-file="$logs/check.callgrind" \
    "$ramkoll" check "$data/round-100.rules" "$data/inlamnat-100" >/dev/null 2>"$logs/callgrind.stderr" || true
  callgrind_annotate --inclusive=yes --threshold=100 "$logs/check.callgrind" 2>/dev/null | awk '
    /PROGRAM TOTALS/ { gsub(",", "", $1); total = $1 }
    # A function may be listed twice (by source file and by binary): keep the larger count.
    function keep(name) { v = $1; gsub(",", "", v); if (v + 0 > count[name]) count[name] = v + 0 }
    /ramkoll::rules::Evaluator::check\(/ { keep("check") }
    /ramkoll::rules::Evaluator::check_all\(/ { keep("check_all") }
    /ramkoll::submission::read_submission\(/ { keep("read") }
    END {
      evaluate = count["check"] + count["check_all"]; read = count["read"]
      printf "\nWhere check spends its instructions at N=100 (callgrind, all threads, inclusive):\n\n"
      printf "- total: %.0f M instructions\n", total / 1e6
      printf "- reading the submissions (read_submission): %.0f M, %.1f %%\n", read / 1e6, 100 * read / total
      printf "- rule evaluation (Evaluator::check, check_all): %.1f M, %.2f %%\n", evaluate / 1e6, 100 * evaluate / total
      printf "- the rest (rule file, report, start-up): %.1f %%\n", 100 * (total - read - evaluate) / total
    }' >>"$report"
fi

cat "$report" | tee bench/data/round-last-run.md
rm -f "$report"
