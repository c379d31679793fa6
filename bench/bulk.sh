#!/usr/bin/env bash
# bench/bulk.sh — bulk moves against the databases' own tools (docs/PERFORMANCE.md, "Bulk moves").
#
# One dataset (bench/generate-dataset.py: RUNS runs with labels, EVENTS audit events, an export file)
# is imported into a SQLite store once; then ROUNDS alternating rounds measure, each pair side by
# side in the same minute, wall time from launch to exit:
#   pg-in      `store migrate` SQLite → PostgreSQL (COPY, both hashes verified) against `pgloader`
#              moving the same SQLite file into a fresh database of the same server;
#              ratio = runledger / pgloader (target ≤ 1.0)
#   export     `store export` of the SQLite store and of the PostgreSQL store (canonical, hashed)
#              against `sqlite3 -csv` + `.once` and `psql \copy … to` of the same tables' rows;
#              ratio = database / runledger (target ≥ 0.7)
#   sqlite-in  `store import` of the export file into a new SQLite store against `sqlite3 .import`
#              of the same rows (CSV) into the same schema (an empty store), WAL, one transaction,
#              foreign keys off (CSV has no NULL; empty run ids are set to NULL before the commit);
#              ratio = sqlite3 / runledger (target ≥ 0.7)
# The CLI runs with the launcher's JVM defaults for `store` commands, -Xmx256m and RUNLEDGER_JAVA_OPTS. Prints one
# line per measurement (wall, CPU, peak resident memory) and per ratio, and writes them to OUT/bulk.csv. Runs on demand only.
#
# Usage: bench/bulk.sh [--moves "pg-in export sqlite-in"] [--events 300000] [--runs N] [--rounds 2]
#                      [--data DIR] [--out DIR] [--app DIR]
# --runs defaults to EVENTS / 100. --app DIR as in bench/run.sh (a copy of the built app). Needs
# python3, sqlite3, /usr/bin/time; for pg-in and export the PostgreSQL 15 server binaries (PG_BIN,
# default /usr/lib/postgresql/15/bin), psql and pgloader; run as root, the server runs as "postgres".
set -euo pipefail

root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
moves="pg-in export sqlite-in"
events=300000
runs=""
rounds=2
data=""
out="$root/bench/out"
app=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --moves) moves="$2"; shift 2 ;;
    --events) events="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    --data) data="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --app) app="$(readlink -f "$2")"; shift 2 ;;
    -h|--help) sed -n '2,24p' "$0"; exit 0 ;;
    *) echo "bulk: unknown option $1" >&2; exit 2 ;;
  esac
done
runs="${runs:-$(( events / 100 ))}"
for tool in python3 sqlite3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "bulk: $tool is missing" >&2; exit 2; }
done
if [[ "$moves" == *pg-in* || "$moves" == *export* ]]; then
  for tool in psql pgloader; do
    command -v "$tool" >/dev/null || { echo "bulk: $tool is missing" >&2; exit 2; }
  done
fi
pg_bin="${PG_BIN:-/usr/lib/postgresql/15/bin}"
mkdir -p "$out"
bench_name=bulk
# shellcheck source=bench/lib.sh
source "$root/bench/lib.sh"
data="${data:-$work/data}"
mkdir -p "$data"
chmod 755 "$data"
csv="$out/bulk.csv"
echo "round,what,wall_s,cpu_s,peak_rss_mib" >"$csv"

# The CLI through the app copy's launcher (its JVM defaults for `store` commands), with -Xmx256m and
# RUNLEDGER_JAVA_OPTS; a script, so that time can run it.
cat >"$work/runledger" <<SCRIPT
#!/bin/sh
RUNLEDGER_JAVA_OPTS="-Xmx256m ${RUNLEDGER_JAVA_OPTS:-}" exec "$app/runledger" "\$@"
SCRIPT
chmod +x "$work/runledger"
runledger() {
  "$work/runledger" "$@"
}

timed() {  # timed ROUND NAME COMMAND…: runs it quietly, records "wall cpu peak" in $work/NAME.time and bulk.csv
  local round="$1" name="$2"
  shift 2
  # %M: the peak resident memory of the largest process the command waited for (the JVM, for runledger).
  /usr/bin/time -f "%e %U %S %M" -o "$work/$name.raw" "$@" >"$work/$name.log" 2>&1 \
    || { cat "$work/$name.log" >&2; echo "bulk: $name failed" >&2; exit 1; }
  awk '{ printf "%s %.2f %.0f\n", $1, $2 + $3, $4 / 1024 }' "$work/$name.raw" >"$work/$name.time"
  read -r wall cpu peak <"$work/$name.time"
  echo "$round,$name,$wall,$cpu,$peak" >>"$csv"
  printf 'round %s  %-22s %7.1f s wall  %7.1f s cpu  %5d MiB peak   (load %s)\n' "$round" "$name" "$wall" "$cpu" "$peak" \
    "$(cut -d' ' -f1 /proc/loadavg)"
}

ratio() {  # ratio ROUND LABEL NUMERATOR DENOMINATOR TARGET: prints NUMERATOR's wall / DENOMINATOR's
  local r
  r="$(awk -v a="$(cut -d' ' -f1 "$work/$3.time")" -v b="$(cut -d' ' -f1 "$work/$4.time")" 'BEGIN { printf "%.2f", a / b }')"
  echo "$1,ratio $2,$r,," >>"$csv"
  echo "round $1  ratio $2: $r (target $5)"
}

psql_db() {  # psql_db DATABASE ARGS…
  local db="$1"
  shift
  PGOPTIONS="-c client_min_messages=warning" psql -q -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$pg_port" -U postgres -d "$db" "$@"
}

fresh_db() {  # fresh_db NAME: an empty database
  psql_db postgres -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1"
}

# --- the dataset, the SQLite source, the reference schema and the CSV files sqlite3 imports ---
if [[ ! -f "$data/dataset.jsonl" ]]; then
  echo "bulk: generating $runs runs and $events events" >&2
  python3 "$root/bench/generate-dataset.py" "$runs" "$events" "$data"
fi
if [[ ! -f "$data/source.sqlite" ]]; then
  runledger --state "$data/source.sqlite.partial" store import --in "$data/dataset.jsonl" --quiet
  mv "$data/source.sqlite.partial" "$data/source.sqlite"
fi
tables="runs run_labels run_steps audit_log"
if [[ "$moves" == *sqlite-in* ]]; then
  rm -f "$work/schema.sqlite"
  runledger --state "$work/schema.sqlite" db migrate >/dev/null
  for table in $tables; do
    sqlite3 -csv "$data/source.sqlite" "SELECT * FROM $table" >"$work/$table.csv"
  done
fi
if [[ "$moves" == *pg-in* || "$moves" == *export* ]]; then
  start_postgres
fi
echo "bulk: $runs runs, $events events ($(du -h "$data/dataset.jsonl" | cut -f1) as an export file); $rounds rounds" >&2

pg_url() {
  echo "jdbc:postgresql://127.0.0.1:$pg_port/$1?user=postgres"
}

round=1
while [[ "$round" -le "$rounds" ]]; do
  if [[ "$moves" == *pg-in* ]]; then
    # pgloader first in odd rounds, runledger first in even ones.
    for who in $( [[ $((round % 2)) == 1 ]] && echo "pgloader runledger" || echo "runledger pgloader"); do
      fresh_db "into_$who"
      if [[ "$who" == pgloader ]]; then
        timed "$round" pg-in-pgloader pgloader "sqlite://$data/source.sqlite" \
          "pgsql://postgres@127.0.0.1:$pg_port/into_pgloader"
      else
        timed "$round" pg-in-runledger "$work/runledger" store migrate --from "sqlite:$data/source.sqlite" \
          --to "postgres:$(pg_url into_runledger)" --quiet
      fi
    done
    ratio "$round" "pg-in runledger/pgloader" pg-in-runledger pg-in-pgloader "<= 1.0"
  fi
  if [[ "$moves" == *export* ]]; then
    if ! psql_db postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'into_runledger'" | grep -q 1; then
      fresh_db into_runledger
      runledger store migrate --from "sqlite:$data/source.sqlite" --to "postgres:$(pg_url into_runledger)" --quiet
    fi
    rm -f "$work"/dump-* "$work"/export-*.jsonl
    sqlite_dump=(sqlite3 -csv "$data/source.sqlite")
    pg_dump=(psql -q -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$pg_port" -U postgres -d into_runledger)
    for table in $tables; do
      sqlite_dump+=(".once $work/dump-sqlite-$table.csv" "SELECT * FROM $table")
      pg_dump+=(-c "\\copy $table to '$work/dump-pg-$table.txt'")
    done
    timed "$round" export-sqlite3 "${sqlite_dump[@]}"
    timed "$round" export-sqlite-runledger "$work/runledger" --state "$data/source.sqlite" store export --out "$work/export-sqlite.jsonl" --quiet
    timed "$round" export-pg-runledger "$work/runledger" --backend postgres --state "$(pg_url into_runledger)" store export --out "$work/export-pg.jsonl" --quiet
    timed "$round" export-psql "${pg_dump[@]}"
    ratio "$round" "export sqlite3/runledger" export-sqlite3 export-sqlite-runledger ">= 0.7"
    ratio "$round" "export psql/runledger" export-psql export-pg-runledger ">= 0.7"
    cmp -s <(tail -n +2 "$work/export-sqlite.jsonl") <(tail -n +2 "$work/export-pg.jsonl") \
      || { echo "bulk: the two exports differ" >&2; exit 1; }
  fi
  if [[ "$moves" == *sqlite-in* ]]; then
    rm -f "$work"/imported.sqlite* "$work"/reference.sqlite*
    cp "$work/schema.sqlite" "$work/reference.sqlite"
    # CSV cannot carry NULL: the events of no run arrive with an empty run id, so sqlite3 loads with
    # foreign keys off and sets those to NULL before its commit (less work than the checked import).
    imports=(sqlite3 "$work/reference.sqlite" "PRAGMA journal_mode=WAL;" "PRAGMA synchronous=NORMAL;"
      "PRAGMA foreign_keys=OFF;" "BEGIN;")
    for table in $tables; do
      imports+=(".import --csv $work/$table.csv $table")
    done
    imports+=("UPDATE audit_log SET run_id = NULL WHERE run_id = '';" "COMMIT;")
    if [[ $((round % 2)) == 1 ]]; then
      timed "$round" sqlite-in-sqlite3 "${imports[@]}"
      timed "$round" sqlite-in-runledger "$work/runledger" --state "$work/imported.sqlite" store import --in "$data/dataset.jsonl" --quiet
    else
      timed "$round" sqlite-in-runledger "$work/runledger" --state "$work/imported.sqlite" store import --in "$data/dataset.jsonl" --quiet
      timed "$round" sqlite-in-sqlite3 "${imports[@]}"
    fi
    loaded="$(sqlite3 "$work/reference.sqlite" "SELECT count(*) FROM audit_log")"
    [[ "$loaded" == "$events" ]] || { echo "bulk: sqlite3 loaded $loaded events, not $events" >&2; exit 1; }
    ratio "$round" "sqlite-in sqlite3/runledger" sqlite-in-sqlite3 sqlite-in-runledger ">= 0.7"
  fi
  round=$((round + 1))
done
echo "bulk: figures in $csv" >&2
