#!/usr/bin/env bash
# bench/floors.sh — what the JVM and sqlite-jdbc cost by themselves, beside the commands whose targets
# they bound (docs/PERFORMANCE.md, "Floors"). Alternating rounds, wall time from launch to exit:
#   open   `db status` through the launcher against JdbcFloor open (benchmarks/: a JVM that only opens
#          the store through sqlite-jdbc and reads its schema, none of Runledger's code), run on the CLI's
#          class path with the launcher's JVM options for `db status`, and on a class path of sqlite-jdbc
#          alone; each floor with a class-data archive of its own and the launcher's copy of the native
#          library, as the launcher runs the CLI. `java -version` is the JVM's own floor.
#   scan   (with --store) `store export` of that SQLite store against JdbcFloor scan (every column of
#          every row the export reads, in its order; nothing rendered, hashed or written) with the
#          launcher's options for `store` commands and -Xmx256m as bench/bulk.sh, and against `sqlite3
#          -csv`'s dump of the same tables as bench/bulk.sh runs it. Ratio = sqlite3 / each: the export
#          target asks >= 0.7 of `store export`, and no JDBC export can do better than the scan's ratio.
# Prints the median of each and the ratios, and writes every measurement to OUT/floors.csv.
#
# Usage: bench/floors.sh [--runs 10] [--store FILE] [--app DIR] [--out DIR]
# --store: a SQLite store to export, e.g. bench/bulk.sh's DATA/source.sqlite. --app DIR as in bench/run.sh
# (a copy of the built app). Needs the benchmarks module packaged (./mvnw -q -DskipTests package) and,
# for the scan, sqlite3.
set -euo pipefail

root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
runs=10
store=""
app=""
out="$root/bench/out"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --store) store="$(readlink -f "$2")"; shift 2 ;;
    --app) app="$(readlink -f "$2")"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
    *) echo "floors: unknown option $1" >&2; exit 2 ;;
  esac
done
floor_jar="$(compgen -G "$root/benchmarks/target/benchmarks-*.jar" | head -n 1 || true)"
[[ -n "$floor_jar" ]] || { echo "floors: package the benchmarks module first (./mvnw -q -DskipTests package)" >&2; exit 2; }
[[ -z "$store" || -f "$store" ]] || { echo "floors: no store at $store" >&2; exit 2; }
if [[ -n "$store" ]]; then
  command -v sqlite3 >/dev/null || { echo "floors: sqlite3 is missing" >&2; exit 2; }
fi
mkdir -p "$out"
bench_name=floors
pg_bin=""
# shellcheck source=bench/lib.sh
source "$root/bench/lib.sh"

# --- the launcher's class path, JVM options, archive options and native library, from the app copy's own
# launcher script ---
# shellcheck source=distribution/src/dist/lib/runledger-jvm.sh
source "$app/distribution/src/dist/lib/runledger-jvm.sh"
java="$runledger_java"
app_jar="$(compgen -G "$app/app-cli/target/app-cli-*.jar" | grep -v -e '-sources' -e '-tests' | head -n 1)"
runledger_set_launch "$app/app-cli/target/modules:$app_jar" "$app/app-cli/target/classpath/*"
modules="$app/app-cli/target/modules"
full_path="$runledger_class_path:$floor_jar"
slim_path="$floor_jar:$(compgen -G "$modules/sqlite-jdbc-*.jar"):$(compgen -G "$modules/slf4j-api-*.jar")"
runledger_archive_prefix "$app/app-cli/target" || { echo "floors: cannot find $java" >&2; exit 2; }

store_dir="$work/store"
mkdir -p "$store_dir"
# the launcher's first run also keeps its copy of the native library, which the floors load as it does
(cd "$store_dir" && RUNLEDGER_BACKEND=sqlite RUNLEDGER_STATE=state.sqlite "$app/runledger" db migrate >/dev/null)

# floor NAME CLASS_PATH MODE FILE JAVA_OPTS COMMAND…: a script running JdbcFloor as the launcher runs
# COMMAND with RUNLEDGER_JAVA_OPTS=JAVA_OPTS, from a class-data archive recorded here by one run of the
# same floor
floor() {
  local name="$1" path="$2" mode="$3" file="$4" java_opts
  read -r -a java_opts <<<"$5"
  shift 5
  runledger_set_jvm_defaults "$@"
  runledger_use_archive "$work/$name.jsa" "$runledger_native_dir"   # no archive yet: the native library only
  "$java" "${runledger_jvm[@]}" "${java_opts[@]}" -XX:ArchiveClassesAtExit="$work/$name.jsa" -cp "$path" \
    io.runledger.benchmarks.JdbcFloor "$mode" "$file" >/dev/null 2>"$work/$name.err" \
    || { cat "$work/$name.err" >&2; echo "floors: $name failed" >&2; exit 1; }
  runledger_set_jvm_defaults "$@"
  runledger_use_archive "$work/$name.jsa" "$runledger_native_dir"
  { printf 'exec'; printf ' %q' "$java" "${runledger_jvm[@]}" "${java_opts[@]}" -cp "$path" \
      io.runledger.benchmarks.JdbcFloor "$mode" "$file"; echo; } >"$work/$name.sh"
}
floor open-full "$full_path" open "$store_dir/state.sqlite" "" db status
floor open-slim "$slim_path" open "$store_dir/state.sqlite" "" db status
if [[ -n "$store" ]]; then
  floor scan-full "$full_path" scan "$store" "-Xmx256m" store export
  dump=(sqlite3 -csv "$store")
  for table in runs run_labels run_steps audit_log; do
    dump+=(".once $work/dump-$table.csv" "SELECT * FROM $table")
  done
fi

# timed NAME COMMAND…: appends "NAME,round,wall" to the csv
csv="$out/floors.csv"
echo "name,round,wall_s" >"$csv"
timed() {
  local name="$1" started ended
  shift
  started="$(date +%s%N)"
  "$@" >/dev/null 2>"$work/last.err" || { cat "$work/last.err" >&2; echo "floors: $name failed" >&2; exit 1; }
  ended="$(date +%s%N)"
  echo "$name,$round,$(awk -v n=$((ended - started)) 'BEGIN { printf "%.3f", n / 1e9 }')" >>"$csv"
}
median() {  # median NAME: the median wall time of NAME, in seconds
  awk -F, -v name="$1" '$1 == name { print $3 }' "$csv" | sort -n \
    | awk '{a[NR]=$1} END {m = (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2; printf "%.3f", m}'
}

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq 1 "$runs"); do
  timed java-version "$java" -version
  timed open-floor-slim sh "$work/open-slim.sh"
  timed open-floor-cli-path sh "$work/open-full.sh"
  (cd "$store_dir" && RUNLEDGER_BACKEND=sqlite RUNLEDGER_STATE=state.sqlite timed db-status "$app/runledger" db status)
  if [[ -n "$store" ]]; then
    timed sqlite3-dump "${dump[@]}"
    timed scan-floor-cli-path sh "$work/scan-full.sh"
    RUNLEDGER_JAVA_OPTS="-Xmx256m" timed store-export "$app/runledger" --backend sqlite --state "$store" store export \
      --out "$work/export.jsonl" --quiet
    rm -f "$work/export.jsonl"
  fi
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "medians of $runs rounds (wall s):"
for name in java-version open-floor-slim open-floor-cli-path db-status; do
  printf '  %-20s %s\n' "$name" "$(median "$name")"
done
if [[ -n "$store" ]]; then
  for name in sqlite3-dump scan-floor-cli-path store-export; do
    printf '  %-20s %s\n' "$name" "$(median "$name")"
  done
  awk -v d="$(median sqlite3-dump)" -v s="$(median scan-floor-cli-path)" -v e="$(median store-export)" \
    'BEGIN { printf "  ratio sqlite3 / scan floor   %.2f\n  ratio sqlite3 / store export %.2f   (target >= 0.7)\n", d / s, d / e }'
fi
echo "machine: $(nproc) cores, $("$java" -version 2>&1 | head -n 1), load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%F)"
