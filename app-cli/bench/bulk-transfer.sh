#!/bin/sh
# Bulk transfer benchmark (docs/PERFORMANCE.md, "Bulk transfer"): N audit events (default 1,000,000)
# imported into SQLite from an export file, then migrated SQLite -> SQLite with a 256 MiB heap, next
# to sqlite3's own `.import` of the same rows (same schema, indexes and pragmas) in the same run.
# Needs python3, sqlite3 and awk, and a packaged app-cli (./runledger or mvn package builds it).
# Usage: app-cli/bench/bulk-transfer.sh [N] [WORK_DIR]
set -eu
n="${1:-1000000}"
here="$(cd "$(dirname "$0")" && pwd)"
target="$here/../target"
work="${2:-$target/bench}"
rm -rf "$work" && mkdir -p "$work" && cd "$work"

runledger() {
  java ${RUNLEDGER_JAVA_OPTS:-} --add-modules ALL-MODULE-PATH -Dorg.jboss.logging.provider=slf4j \
    -p "$target/modules:$(ls "$target"/app-cli-*.jar | head -1)" -cp "$target/classpath/*" \
    -m io.runledger.cli/io.runledger.cli.Main "$@"
}
seconds() { date +%s.%N; }

python3 "$here/generate-events.py" "$n" events.jsonl
echo "export file: $(du -h events.jsonl | cut -f1) for $n events"

RUNLEDGER_JAVA_OPTS=-Xmx256m runledger --state source.sqlite store import --in events.jsonl
RUNLEDGER_JAVA_OPTS=-Xmx256m runledger store migrate --from sqlite:source.sqlite --to sqlite:target.sqlite

# sqlite3 on the same rows: the audit_log table of an empty Runledger store (same columns, keys,
# indexes and foreign key), WAL and synchronous=NORMAL, one transaction, CSV exported from the source.
runledger --state reference.sqlite db migrate >/dev/null
sqlite3 source.sqlite ".mode csv" ".output runs.csv" "SELECT * FROM runs;" ".output audit.csv" "SELECT * FROM audit_log;"
start=$(seconds)
sqlite3 reference.sqlite "PRAGMA journal_mode=WAL;" "PRAGMA synchronous=NORMAL;" "PRAGMA foreign_keys=ON;" \
  "BEGIN;" ".import --csv runs.csv runs" ".import --csv audit.csv audit_log" "COMMIT;" >/dev/null
end=$(seconds)
rows=$(sqlite3 reference.sqlite "SELECT (SELECT count(*) FROM runs) + (SELECT count(*) FROM audit_log);")
awk -v rows="$rows" -v start="$start" -v end="$end" \
  'BEGIN { printf "sqlite3 .import: %d rows in %.1f s (%d rows/s)\n", rows, end - start, rows / (end - start) }'
