#!/usr/bin/env bash
# bench/run.sh — HTTP load benchmark of `runledger serve` on each backend (docs/PERFORMANCE.md).
#
# For every backend: starts `serve` on a fresh store, runs wrk with N connections against
# GET /health (the reference) and single-event POST /v1/audit (bench/wrk/append.lua: every request
# a new event, acknowledged 201 only once durable) — two alternating rounds of each, averaged —
# samples the server's RSS during the append runs, and writes one CSV line per backend; with --sweep
# it also measures appends at several concurrency levels (the data of the throughput chart).
# Runs on demand only — never in .ci/run.
#
# Usage: bench/run.sh [--backends "sqlite json postgres"] [--duration 10] [--connections 32]
#                     [--sweep "1 4 16 32 64"] [--out DIR] [--app DIR]
# --app DIR runs a prepared copy of the app (DIR/modules, DIR/classpath, DIR/app-cli.jar) instead of
# building the tree with ./runledger and copying app-cli/target.
# Needs: wrk, curl, ps; for postgres the PostgreSQL server binaries (PG_BIN, default
# /usr/lib/postgresql/15/bin); run as root, the server runs as the user "postgres" through setpriv.
# RUNLEDGER_BUILD_LOCK (if set) is a file to flock around the build, for machines shared by builds.
set -euo pipefail

root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
backends="sqlite json postgres"
duration=10
connections=32
sweep=""
out="$root/bench/out"
app=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --backends) backends="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --sweep) sweep="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --app) app="$(readlink -f "$2")"; shift 2 ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "bench: unknown option $1" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "bench: wrk is missing (apt-get install wrk)" >&2; exit 2; }
pg_bin="${PG_BIN:-/usr/lib/postgresql/15/bin}"
mkdir -p "$out"
bench_name=bench
# shellcheck source=bench/lib.sh
source "$root/bench/lib.sh"

rps() {  # rps CONNECTIONS SCRIPT LOG: runs wrk, prints requests/s; reports non-2xx responses
  local threads=2
  [[ "$1" -lt 2 ]] && threads=1
  wrk -t"$threads" -c"$1" -d"${duration}s" -s "$2" "http://127.0.0.1:$port" >"$3" 2>&1
  if grep -q 'Non-2xx' "$3"; then
    echo "bench: non-2xx responses in $3:" >&2
    grep 'Non-2xx' "$3" >&2
  fi
  awk '/^Requests\/sec:/ {print $2}' "$3"
}

max_rss_during() {  # max_rss_during CMD…: runs CMD, prints "<its output> <max RSS of the server in MiB>"
  local peak=0 sampler result
  ( while kill -0 "$server_pid" 2>/dev/null; do ps -o rss= -p "$server_pid"; sleep 0.5; done ) >"$work/rss" &
  sampler=$!
  result="$("$@")"
  kill "$sampler" 2>/dev/null || true
  wait "$sampler" 2>/dev/null || true
  peak="$(sort -n "$work/rss" | tail -n 1)"
  echo "$result $(( ${peak:-0} / 1024 ))"
}

results="$out/http.csv"
echo "backend,connections,health_rps,append_rps,ratio,append_peak_rss_mib,date" >"$results"
[[ -n "$sweep" ]] && echo "backend,connections,append_rps" >"$out/sweep.csv"
for backend in $backends; do
  case "$backend" in
    sqlite) location="$work/state.sqlite" ;;
    json) location="$work/state.json" ;;
    postgres) start_postgres ;;
    *) echo "bench: unknown backend $backend" >&2; exit 2 ;;
  esac
  serve "$backend" "$location" "$out/serve-$backend.log"
  wrk -t2 -c"$connections" -d5s "http://127.0.0.1:$port/health" >/dev/null   # JIT warm-up
  wrk -t2 -c"$connections" -d5s -s "$root/bench/wrk/append.lua" "http://127.0.0.1:$port" >/dev/null
  # Two alternating rounds, averaged, so that a burst of other load on the machine hits both sides.
  h1="$(rps "$connections" "$root/bench/wrk/health.lua" "$out/wrk-$backend-health-1.txt")"
  read -r a1 rss1 < <(max_rss_during rps "$connections" "$root/bench/wrk/append.lua" "$out/wrk-$backend-append-1.txt")
  h2="$(rps "$connections" "$root/bench/wrk/health.lua" "$out/wrk-$backend-health-2.txt")"
  read -r a2 rss2 < <(max_rss_during rps "$connections" "$root/bench/wrk/append.lua" "$out/wrk-$backend-append-2.txt")
  health="$(awk -v x="$h1" -v y="$h2" 'BEGIN {printf "%.0f", (x + y) / 2}')"
  append="$(awk -v x="$a1" -v y="$a2" 'BEGIN {printf "%.0f", (x + y) / 2}')"
  rss=$(( rss1 > rss2 ? rss1 : rss2 ))
  ratio="$(awk -v a="$append" -v h="$health" 'BEGIN {printf "%.2f", a / h}')"
  echo "$backend,$connections,$health,$append,$ratio,$rss,$(date -u +%FT%TZ)" | tee -a "$results"
  for c in $sweep; do
    echo "$backend,$c,$(rps "$c" "$root/bench/wrk/append.lua" "$out/wrk-$backend-append-c$c.txt")" | tee -a "$out/sweep.csv"
  done
  stop_server
  if [[ "$backend" == postgres ]]; then
    as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -m fast stop >/dev/null
    pg_data=""
  fi
done
echo "bench: results in $results${sweep:+ and $out/sweep.csv} (machine: $(nproc) cores, $(java -version 2>&1 | head -n 1); load: $(cut -d' ' -f1-3 /proc/loadavg))"
