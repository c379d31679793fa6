#!/usr/bin/env bash
# bench/stats.sh — p99 of the run aggregates (GET /v1/runs/stats) at 100,000 runs per backend
# (docs/PERFORMANCE.md, run aggregates), through benchmarks/ RunStatsLatency.
#
# Usage: bench/stats.sh [--runs 100000] [--iterations 200] [--out DIR] [backend…]
# Builds the benchmarks module and what it needs in the reactor (offline, nothing installed), seeds a
# fresh store per backend with one bulk import, times each query shape and writes DIR/stats.csv:
# backend,query,p50_ms,p99_ms,max_ms,cpu_p50_ms,cpu_p99_ms,server_cpu_p50_ms,server_cpu_p99_ms (the
# last two: PostgreSQL's server processes, when the server runs on this machine). PostgreSQL is a
# throw-away embedded server (or the one named by RUNLEDGER_TEST_POSTGRES_URL), vacuumed and analyzed after
# seeding. RUNLEDGER_BUILD_LOCK (if set) is a file to flock around the build.
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
runs=100000
iterations=200
out="$root/bench/out"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --iterations) iterations="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) break ;;
  esac
done
mkdir -p "$out"
cp_file="$out/stats.classpath"
lock=()
[[ -n "${RUNLEDGER_BUILD_LOCK:-}" ]] && lock=(flock "$RUNLEDGER_BUILD_LOCK")
(cd "$root" && "${lock[@]}" ./mvnw -o -q -pl benchmarks -am compile dependency:build-classpath \
  -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=runtime) >&2
classpath="$root/benchmarks/target/classes:$(cat "$cp_file")"
java -Xmx1g -cp "$classpath" io.runledger.benchmarks.RunStatsLatency "$runs" "$iterations" "$@" | tee "$out/stats.csv"
