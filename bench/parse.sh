#!/usr/bin/env bash
# bench/parse.sh — record lines read per second: the record format's reader and full parser against
# jackson-core's streaming parser under the same limits (benchmarks/ RecordParsingBenchmark; ADR 0002).
#
# Usage: bench/parse.sh [JMH options…]   (install the benchmarks module first:
#   ./mvnw -o -q install -pl benchmarks -am -DskipTests)
# Prints lines/s of each and the ratio of the format's reader to jackson-core's bare token walk.
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
out="$root/bench/out"
mkdir -p "$out"
(cd "$root/benchmarks" && ../mvnw -o -q dependency:build-classpath -Dmdep.outputFile="$out/jmh.classpath" -Dmdep.includeScope=runtime) >&2
classpath="$root/benchmarks/target/classes:$(cat "$out/jmh.classpath")"
java -Xmx512m -cp "$classpath" org.openjdk.jmh.Main RecordParsingBenchmark -f 1 -wi 2 -w 2s -i 3 -r 3s \
  -rf csv -rff "$out/parse.csv" "$@" >"$out/parse.log" 2>&1
tail -n +2 "$out/parse.csv" | tr -d '"\r' | awk -F, '{ name = $1; sub(/.*\./, "", name); rate[name] = $5;
    printf "%-18s %10.0f lines/s\n", name, $5 }
  END { printf "ratio formatReader / jacksonTokensOnly: %.2f\n", rate["formatReader"] / rate["jacksonTokensOnly"] }'
