#!/usr/bin/env bash
# bench/chart.sh — draws docs/PERFORMANCE.md's throughput charts (XChart, benchmarks module).
#
# Usage: bench/chart.sh IN.csv OUT.png "title"
# IN.csv: a header, then series,concurrency,appends_per_s (bench/run.sh's sweep.csv; for bench/jmh.sh's
# jmh.csv first join backend and commit: awk -F, -v OFS=, 'NR>1 {print $1" "$2, $3, $4}').
# Install the benchmarks module first (mvn -o -q install -pl benchmarks -DskipTests).
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cp_file="$(mktemp)"
trap 'rm -f "$cp_file"' EXIT
lock=()
[[ -n "${RUNLEDGER_BUILD_LOCK:-}" ]] && lock=(flock "$RUNLEDGER_BUILD_LOCK")
(cd "$root/benchmarks" && "${lock[@]}" mvn -o -q dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=runtime) >&2
java -Djava.awt.headless=true -cp "$root/benchmarks/target/classes:$(cat "$cp_file")" \
  io.runledger.benchmarks.ThroughputChart "$1" "$2" "$3"
