#!/bin/sh
# Bulk transfer benchmark (docs/PERFORMANCE.md, "Bulk transfer (target 4)"): N audit events (default
# 1,000,000) imported into SQLite from an export file, then migrated SQLite -> SQLite, both with a
# 256 MiB heap, next to sqlite3's own `.import` of the same rows (same schema, indexes and pragmas)
# measured in the same run. Prints each figure's wall time, its CPU time (user + system) and the
# ratios to sqlite3 of both. ROUNDS (default 1) repeats the three measurements into fresh stores.
# Needs python3, sqlite3, awk and /usr/bin/time, and a packaged app-cli (./runledger or mvn package
# builds it); RUNLEDGER_APP=DIR runs a prepared copy instead (DIR/modules, DIR/classpath,
# DIR/app-cli-*.jar). EVENTS=FILE reuses an export file made by generate-events.py.
# Usage: app-cli/bench/bulk-transfer.sh [N] [WORK_DIR]
set -eu
n="${1:-1000000}"
here="$(cd "$(dirname "$0")" && pwd)"
app="$(cd "${RUNLEDGER_APP:-$here/../target}" && pwd)"
work="${2:-$here/../target/bench}"
rounds="${ROUNDS:-1}"
rm -rf "$work" && mkdir -p "$work" && cd "$work"

# The CLI as a script, so that /usr/bin/time can measure it.
cat > runledger <<SCRIPT
#!/bin/sh
exec java \${RUNLEDGER_JAVA_OPTS:-} --add-modules ALL-MODULE-PATH -Dorg.jboss.logging.provider=slf4j \\
  -p "$app/modules:$(ls "$app"/app-cli-*.jar | head -1)" -cp "$app/classpath/*" \\
  -m io.runledger.cli/io.runledger.cli.Main "\$@"
SCRIPT
chmod +x runledger
# measure NAME COMMAND...: runs it, prints "NAME: wall s (records/s), cpu s", leaves "wall cpu" in NAME.time.
measure() {
  name="$1"; shift
  /usr/bin/time -f "%e %U %S" -o "$name.raw" "$@" >/dev/null
  awk -v rows="$((n + 10))" -v name="$name" '{ printf "%s: %.1f s wall (%d records/s), %.1f s cpu\n", name, $1, rows / $1, $2 + $3;
    printf "%s %s\n", $1, $2 + $3 > (name ".time") }' "$name.raw"
}

if [ -n "${EVENTS:-}" ]; then
  ln -s "$(readlink -f "$EVENTS")" events.jsonl
else
  python3 "$here/generate-events.py" "$n" events.jsonl
fi
echo "export file: $(du -hL events.jsonl | cut -f1) for $n events; load: $(cut -d' ' -f1-3 /proc/loadavg)"

# The reference schema: an empty Runledger store (same columns, keys, indexes and foreign keys).
./runledger --state schema.sqlite db migrate >/dev/null
round=1
while [ "$round" -le "$rounds" ]; do
  rm -f source.sqlite* target.sqlite* reference.sqlite*
  RUNLEDGER_JAVA_OPTS=-Xmx256m measure import ./runledger --state source.sqlite store import --in events.jsonl --quiet
  RUNLEDGER_JAVA_OPTS=-Xmx256m measure migrate ./runledger store migrate --from sqlite:source.sqlite --to sqlite:target.sqlite --quiet
  # sqlite3 on the same rows: WAL, synchronous=NORMAL, one transaction, CSV exported from the source.
  [ -f audit.csv ] || sqlite3 source.sqlite ".mode csv" ".output runs.csv" "SELECT * FROM runs;" \
    ".output audit.csv" "SELECT * FROM audit_log;"
  cp schema.sqlite reference.sqlite
  measure sqlite3 sqlite3 reference.sqlite "PRAGMA journal_mode=WAL;" "PRAGMA synchronous=NORMAL;" "PRAGMA foreign_keys=ON;" \
    "BEGIN;" ".import --csv runs.csv runs" ".import --csv audit.csv audit_log" "COMMIT;"
  rows=$(sqlite3 reference.sqlite "SELECT (SELECT count(*) FROM runs) + (SELECT count(*) FROM audit_log);")
  [ "$rows" -eq $((n + 10)) ] || { echo "sqlite3 loaded $rows rows, not $((n + 10))" >&2; exit 1; }
  awk -v round="$round" 'FILENAME == "sqlite3.time" { rw = $1; rc = $2 } FILENAME == "import.time" { iw = $1; ic = $2 }
    FILENAME == "migrate.time" { mw = $1; mc = $2 }
    END { printf "round %d ratio to sqlite3 (wall): import %.2f, migrate %.2f; (cpu): import %.2f, migrate %.2f\n",
          round, rw / iw, rw / mw, rc / ic, rc / mc }' import.time migrate.time sqlite3.time
  echo "round $round load after: $(cut -d' ' -f1-3 /proc/loadavg)"
  round=$((round + 1))
done
