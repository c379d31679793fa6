#!/usr/bin/env bash
# bench/jmh.sh — store-level append throughput per backend (benchmarks/ JMH module), on demand.
#
# Usage: bench/jmh.sh [--threads "1 4 16 32"] [--out DIR] [JMH options…]
# Builds nothing: install the benchmarks module first
#   (mvn -o -q install -pl benchmarks -DskipTests, after the modules it depends on).
# Writes one JMH CSV per thread count (DIR/jmh-t<N>.csv) and a summary DIR/jmh.csv:
# backend,commit,threads,appends_per_s.
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
threads="1 4 16 32"
out="$root/bench/out"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --threads) threads="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    *) break ;;
  esac
done
mkdir -p "$out"
cp_file="$out/jmh.classpath"
lock=()
[[ -n "${RUNLEDGER_BUILD_LOCK:-}" ]] && lock=(flock "$RUNLEDGER_BUILD_LOCK")
(cd "$root/benchmarks" && "${lock[@]}" mvn -o -q dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=runtime) >&2
classpath="$root/benchmarks/target/classes:$(cat "$cp_file")"
echo "backend,commit,threads,appends_per_s" >"$out/jmh.csv"
for t in $threads; do
  java -Xmx512m -cp "$classpath" org.openjdk.jmh.Main AppendBenchmark -f 1 -wi 1 -w 3s -i 2 -r 4s -t "$t" \
    -rf csv -rff "$out/jmh-t$t.csv" "$@" >"$out/jmh-t$t.log" 2>&1
  # JMH CSV: "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit","Param: backend","Param: commit"
  tail -n +2 "$out/jmh-t$t.csv" | tr -d '"\r' | awk -F, -v t="$t" '{printf "%s,%s,%s,%.0f\n", $8, $9, t, $5}' | tee -a "$out/jmh.csv"
done
