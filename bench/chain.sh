#!/usr/bin/env bash
# bench/chain.sh — the audit chain's verification at scale (docs/PERFORMANCE.md, "Audit chain").
#
# Per backend, fills a fresh store through the product's own fast path — `store import` of a generated
# export (bench/generate-dataset.py: EVENTS audit events, RUNS runs), which chains the events in file
# order — then appends APPENDS more events live (`audit append`, batches of 100, the append path that
# extends the chain per transaction), and checks that `audit verify` finds the chain intact (no false
# alarm: exit 0, head seq = EVENTS + APPENDS). Prints per backend the verify rate in events/s three ways:
#   verify_eps   events / wall time of `audit verify` (launch to exit: the JVM's start included)
#   walk_eps     events / (that wall time − the wall time of `audit head`, which starts the same JVM,
#                opens the same store and reads the head: what is left is the walk)
#   doctor_eps   events / the chain walk's own time in `doctor`, as it reports it ("verified 1..N of N
#                in S s"; --chain-budget-ms set so that it never runs out): the bounded check's rate
#                (doctor runs on the launcher's C1-only defaults, `audit verify` with the full JIT)
# and writes them to OUT/chain.csv. The issue's target: verify reads ≥ 300,000 events/s on SQLite.
# Runs on demand only — never in .ci/run.
#
# Usage: bench/chain.sh [--events 1000000] [--runs EVENTS/10] [--appends 1000] [--backends "sqlite postgres json"]
#                       [--data DIR] [--out DIR] [--app DIR]
# DATA (default /tmp/runledger-chain-data) keeps the generated export between runs; the stores are
# made anew in a temporary directory each run. --app DIR as in bench/run.sh. Needs python3; for
# postgres the server binaries (PG_BIN, default /usr/lib/postgresql/15/bin); run as root, the server
# runs as "postgres". RUNLEDGER_BUILD_LOCK (if set) is a file to flock around the build.
set -euo pipefail

root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
backends="sqlite postgres json"
events=1000000
runs=""
appends=1000
data="/tmp/runledger-chain-data"
out="$root/bench/out"
app=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --backends) backends="$2"; shift 2 ;;
    --events) events="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --appends) appends="$2"; shift 2 ;;
    --data) data="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --app) app="$(readlink -f "$2")"; shift 2 ;;
    -h|--help) sed -n '2,21p' "$0"; exit 0 ;;
    *) echo "chain: unknown option $1" >&2; exit 2 ;;
  esac
done
runs="${runs:-$(( events / 10 > 0 ? events / 10 : 1 ))}"
command -v python3 >/dev/null || { echo "chain: python3 is missing" >&2; exit 2; }
pg_bin="${PG_BIN:-/usr/lib/postgresql/15/bin}"
data="$data/$runs-$events"
mkdir -p "$out" "$data"
bench_name=chain
# shellcheck source=bench/lib.sh
source "$root/bench/lib.sh"

if [[ ! -f "$data/dataset.jsonl" ]]; then
  echo "chain: generating $runs runs and $events events in $data" >&2
  python3 "$root/bench/generate-dataset.py" "$runs" "$events" "$data"
fi

seconds_of() {  # seconds_of COMMAND…: runs it, prints its wall time in seconds (its output to $work/last.out)
  local start end
  start="$(date +%s.%N)"
  "$@" >"$work/last.out" 2>"$work/last.err" || { cat "$work/last.out" "$work/last.err" >&2; return 1; }
  end="$(date +%s.%N)"
  awk -v a="$start" -v b="$end" 'BEGIN {printf "%.2f", b - a}'
}

live_appends() {  # live_appends BACKEND LOCATION: APPENDS events through `audit append`, batches of 100
  python3 -c '
import sys
for i in range(int(sys.argv[1])):
    print("{\"event_id\":\"live-%07d\",\"level\":\"info\",\"scope\":\"bench\",\"event\":\"appended\",\"message\":\"live %d\",\"data\":{\"n\":%d}}" % (i, i, i))
' "$appends" | runledger "$1" "$2" audit append --batch 100 >/dev/null
}

results="$out/chain.csv"
echo "backend,events,import_s,verify_s,verify_eps,head_s,walk_s,walk_eps,doctor_s,doctor_eps,date,load" >"$results"
total=$(( events + appends ))
for backend in $backends; do
  case "$backend" in
    sqlite) location="$work/state.sqlite" ;;
    json) location="$work/json/state.json" ;;
    postgres) start_postgres ;;
    *) echo "chain: unknown backend $backend" >&2; exit 2 ;;
  esac
  echo "chain: $backend: importing $events events" >&2
  import_s="$(seconds_of runledger "$backend" "$location" store import --in "$data/dataset.jsonl")"
  live_appends "$backend" "$location"
  verify_s="$(seconds_of runledger "$backend" "$location" audit verify --json)"
  head_seq="$(sed -n 's/.*"seq":\([0-9]*\).*/\1/p' "$work/last.out")"
  if [[ "$head_seq" != "$total" ]] || ! grep -q '"broken":null' "$work/last.out"; then
    echo "chain: $backend: audit verify did not find $total intact events: $(cat "$work/last.out")" >&2
    exit 1
  fi
  head_s="$(seconds_of runledger "$backend" "$location" audit head --json)"
  walk_s="$(awk -v v="$verify_s" -v h="$head_s" 'BEGIN {printf "%.2f", v - h}')"
  runledger "$backend" "$location" doctor --chain-budget-ms 3600000 >"$work/doctor.out" 2>&1 || true
  doctor_s="$(sed -n "s|.*audit_chain: verified 1\.\.$total of $total in \([0-9.]*\) s.*|\1|p" "$work/doctor.out")"
  [[ -n "$doctor_s" ]] || { echo "chain: $backend: doctor did not verify the whole chain:" >&2; cat "$work/doctor.out" >&2; exit 1; }
  rate() { awk -v n="$total" -v s="$1" 'BEGIN {printf "%.0f", n / s}'; }
  echo "$backend,$total,$import_s,$verify_s,$(rate "$verify_s"),$head_s,$walk_s,$(rate "$walk_s"),$doctor_s,$(rate "$doctor_s"),$(date -u +%FT%TZ),$(cut -d' ' -f1 /proc/loadavg)" \
    | tee -a "$results"
  if [[ "$backend" == postgres ]]; then
    as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -m fast stop >/dev/null
    pg_data=""
  else
    rm -rf "$location"* "$work/json"
  fi
done
echo "chain: results in $results (machine: $(nproc) cores, $(java -version 2>&1 | head -n 1); load: $(cut -d' ' -f1-3 /proc/loadavg))"
