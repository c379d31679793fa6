#!/usr/bin/env bash
# bench/startup.sh — CLI start-up through the launcher (docs/PERFORMANCE.md, target 3).
#
# Median wall time and median CPU time (user + system) of the short commands on an initialized SQLite
# store — `db status`, `doctor`, `run start`, `step start`, `step finish`, `audit append` of one event
# — next to the JVM's floor (`java -version` of the same java) measured in the same rounds; then how
# long `serve` takes from the launcher's start until it announced itself and GET /health answers 200.
# With --baseline LAUNCHER, a second launcher (e.g. an older build's ./runledger) runs every command
# in the same rounds, alternating with the first, on a store of its own, and the ratio is printed.
# Prints the load average, since these machines are shared: for a figure to quote, run it on a quiet
# machine; under load, compare CPU times and ratios. Run each launcher once before (it builds, and
# records its class-data archives, on first use).
#
# Usage: bench/startup.sh [--launcher PATH] [--baseline PATH] [--runs N] [--no-serve]
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
launchers=("$root/runledger")
runs=10
serve=yes
while [[ $# -gt 0 ]]; do
  case "$1" in
    --launcher) launchers[0]="$(readlink -f "$2")"; shift 2 ;;
    --baseline) launchers+=("$(readlink -f "$2")"); shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --no-serve) serve=no; shift ;;
    *) echo "startup: unknown option $1" >&2; exit 2 ;;
  esac
done
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
work="$(mktemp -d /tmp/runledger-startup.XXXXXX)"
server_pid=""
trap '[[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null; rm -rf "$work"' EXIT
commands=("java -version" "db status" "doctor" "run start" "step start" "step finish" "audit append")

declare -A run_ids
for l in "${!launchers[@]}"; do
  mkdir -p "$work/$l"
  # (a launcher that records class-data archives does it here, before anything is timed)
  (cd "$work/$l" && "${launchers[$l]}" serve --help >/dev/null && "${launchers[$l]}" db migrate >/dev/null)
  run_ids[$l]="$(cd "$work/$l" && "${launchers[$l]}" run start --label bench=startup)"
done

# timed FILE COMMAND…: runs COMMAND (stdin from $work/event), appends "wall user system" in seconds to FILE
timed() {
  local file="$1" TIMEFORMAT='%R %U %S'
  shift
  { time "$@" <"$work/event" >/dev/null 2>"$work/last.err" || { cat "$work/last.err" >&2; exit 1; }; } 2>>"$file"
}
echo '{"level":"info","scope":"bench","event":"startup","message":"one event"}' >"$work/event"

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq 1 "$runs"); do
  for command in "${commands[@]}"; do
    for l in "${!launchers[@]}"; do
      out="$work/$l-${command// /_}.times"
      cd "$work/$l"
      case "$command" in
        "java -version") if [[ "$l" == 0 ]]; then timed "$work/floor.times" "$java" -version; fi ;;
        "step start") timed "$out" "${launchers[$l]}" step start "${run_ids[$l]}" "step-$i" ;;
        "step finish") timed "$out" "${launchers[$l]}" step finish "${run_ids[$l]}" "step-$i" --status succeeded ;;
        *) timed "$out" "${launchers[$l]}" $command ;;  # word splitting: "db status" is two arguments
      esac
    done
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

median() {  # median FILE COLUMNS: the median of the sum of the awk COLUMNS, in ms
  awk "{ print ($2) * 1000 }" "$1" | sort -n | awk '{a[NR]=$1} END {m = (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2; printf "%d", m}'
}
printf '%-14s' "command"
for l in "${!launchers[@]}"; do printf '  %-34s' "${launchers[$l]/#$root\//}: wall / CPU (median ms)"; done
[[ ${#launchers[@]} -gt 1 ]] && printf '  %s' "wall ratio"
echo
printf '%-14s  %s / %s\n' "java -version" "$(median "$work/floor.times" '$1')" "$(median "$work/floor.times" '$2 + $3')"
for command in "${commands[@]:1}"; do
  printf '%-14s' "$command"
  for l in "${!launchers[@]}"; do
    file="$work/$l-${command// /_}.times"
    printf '  %-34s' "$(median "$file" '$1') / $(median "$file" '$2 + $3')"
  done
  if [[ ${#launchers[@]} -gt 1 ]]; then
    awk -v a="$(median "$work/0-${command// /_}.times" '$1')" -v b="$(median "$work/1-${command// /_}.times" '$1')" \
      'BEGIN { printf "  %.2f", a / b }'
  fi
  echo
done

if [[ "$serve" == yes ]]; then
  ticks="$(getconf CLK_TCK)"
  for l in "${!launchers[@]}"; do
    ready=()
    cpu=()
    cd "$work/$l"
    for _ in $(seq 1 "$runs"); do
      start="$(date +%s%N)"
      "${launchers[$l]}" serve --port 0 >"$work/serve.log" 2>&1 &
      server_pid=$!
      until port="$(sed -n 's|.*on http://127.0.0.1:\([0-9]*\).*|\1|p' "$work/serve.log")" && [[ -n "$port" ]] \
          && curl -fs "http://127.0.0.1:$port/health" >/dev/null; do
        kill -0 "$server_pid" 2>/dev/null || { cat "$work/serve.log" >&2; echo "startup: serve did not start" >&2; exit 1; }
        sleep 0.02
      done
      ready+=($(( ($(date +%s%N) - start) / 1000000 )))
      # the launcher execs java, so server_pid is the JVM: fields 14 and 15 of stat are user and system ticks
      read -r -a stat <"/proc/$server_pid/stat"
      cpu+=($(( (stat[13] + stat[14]) * 1000 / ticks )))
      kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""
    done
    printf '%s\n' "${ready[@]}" >"$work/ready"
    printf '%s\n' "${cpu[@]}" >"$work/cpu"
    echo "${launchers[$l]/#$root\//}: serve ready (launch to first 200 from /health): $(median "$work/ready" '$1 / 1000') ms" \
      "median of $runs (${ready[*]}); CPU until then $(median "$work/cpu" '$1 / 1000') ms median"
  done
fi
echo "machine: $(nproc) cores, $("$java" -version 2>&1 | head -n 1), load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%F)"
