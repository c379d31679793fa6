#!/usr/bin/env bash
# bench/startup.sh — CLI start-up through the launcher (docs/PERFORMANCE.md, target 3).
#
# Median wall time of `db status` and `doctor` on an initialized SQLite store, and the median time
# `serve` takes from the launcher's start until it announced itself and GET /health answers 200
# (over the same number of runs), each with the median CPU time (user + system) the JVM used until
# then. Prints the load average, since these machines are shared: for a figure to quote, run it on
# a quiet machine; under load, compare CPU times. Uses hyperfine when installed,
# a plain loop otherwise. Run the launcher once before (it builds, and records its class-data
# archive, on first use).
#
# Usage: bench/startup.sh [--launcher PATH] [--runs N]
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
launcher="$root/runledger"
runs=15
while [[ $# -gt 0 ]]; do
  case "$1" in
    --launcher) launcher="$(readlink -f "$2")"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    *) echo "startup: unknown option $1" >&2; exit 2 ;;
  esac
done
work="$(mktemp -d /tmp/runledger-startup.XXXXXX)"
server_pid=""
trap '[[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null; rm -rf "$work"' EXIT
cd "$work"
"$launcher" db migrate >/dev/null

median_ms() {  # median_ms CMD…: median wall time of CMD over $runs runs, in ms
  local times=()
  for _ in $(seq 1 "$runs"); do
    local start end
    start="$(date +%s%N)"
    "$@" >/dev/null
    end="$(date +%s%N)"
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'
}

for command in "db status" "doctor"; do
  if command -v hyperfine >/dev/null; then
    # shellcheck disable=SC2086
    hyperfine -N -w 2 -r "$runs" --export-json "$work/h.json" "$launcher $command" >/dev/null
    median="$(python3 -c 'import json,sys; print(round(json.load(open(sys.argv[1]))["results"][0]["median"]*1000))' "$work/h.json")"
    cpu="$(python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][0]; print(round((r["user"]+r["system"])*1000))' "$work/h.json")"
    echo "$command: median ${median} ms over $runs runs (CPU, mean user + system: ${cpu} ms)"
  else
    # shellcheck disable=SC2086
    median="$(median_ms "$launcher" $command)"
    echo "$command: median ${median} ms over $runs runs"
  fi
done

echo "load before serve: $(cut -d' ' -f1-3 /proc/loadavg)"
ready=()
cpu=()
ticks="$(getconf CLK_TCK)"
for _ in $(seq 1 "$runs"); do
  start="$(date +%s%N)"
  "$launcher" serve --port 0 >"$work/serve.log" 2>&1 &
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
median_of() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }
echo "serve ready (launch to first 200 from /health): $(median_of "${ready[@]}") ms median of $runs (${ready[*]});" \
  "CPU until then $(median_of "${cpu[@]}") ms median (${cpu[*]})"
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -n 1), load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%F)"
