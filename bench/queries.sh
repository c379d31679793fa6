#!/usr/bin/env bash
# bench/queries.sh — queries at scale (docs/PERFORMANCE.md, target 2).
#
# Builds (or reuses) a store of RUNS runs and EVENTS audit events per backend, serves it, and measures
# with wrk --latency, in one server process per backend: GET /health (the reference), GET
# /v1/audit?run_id=X&limit=100 over varied runs (bench/wrk/paths.lua) and GET /v1/runs?cursor=C with
# cursors deep in the id order — two alternating rounds of each, after a warm-up. Writes p99 and
# requests/s per endpoint and the ratios p99(query) / p99(/health) to OUT/queries.csv, and the query
# plans (SQLite EXPLAIN QUERY PLAN, PostgreSQL EXPLAIN (ANALYZE, BUFFERS)) to OUT/plans-*.txt.
# Runs on demand only — never in .ci/run.
#
# The dataset (bench/generate-dataset.py) is an export file, loaded with `store import` into SQLite
# and JSON; PostgreSQL gets the same rows from the SQLite store through psql's \copy into a
# `db migrate`d store (much faster than the ORM import; `store hash` of both is printed so the copy
# can be checked). DATA keeps the file and the SQLite and JSON stores between runs.
#
# Usage: bench/queries.sh [--backends "sqlite postgres json"] [--runs 100000] [--events 1000000]
#                         [--duration 10] [--connections 8] [--data DIR] [--out DIR] [--app DIR]
# --app DIR as in bench/run.sh. Needs wrk, curl, python3, sqlite3; for postgres the server binaries
# (PG_BIN, default /usr/lib/postgresql/15/bin) and psql; run as root, the server runs as "postgres".
# RUNLEDGER_BUILD_LOCK (if set) is a file to flock around the build.
set -euo pipefail

root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
backends="sqlite postgres json"
runs=100000
events=1000000
duration=10
connections=8
data="/tmp/runledger-queries-data"
out="$root/bench/out"
app=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --backends) backends="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --events) events="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --data) data="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --app) app="$(readlink -f "$2")"; shift 2 ;;
    -h|--help) sed -n '2,23p' "$0"; exit 0 ;;
    *) echo "queries: unknown option $1" >&2; exit 2 ;;
  esac
done
for tool in wrk curl python3 sqlite3; do
  command -v "$tool" >/dev/null || { echo "queries: $tool is missing" >&2; exit 2; }
done
pg_bin="${PG_BIN:-/usr/lib/postgresql/15/bin}"
data="$data/$runs-$events"
mkdir -p "$out" "$data"
bench_name=queries
# shellcheck source=bench/lib.sh
source "$root/bench/lib.sh"

measure() {  # measure NAME PATHS-FILE|- LOG: one wrk run; prints "p99_ms rps"; reports non-2xx responses
  local url="http://127.0.0.1:$port"
  if [[ "$2" == - ]]; then
    wrk -t2 -c"$connections" -d"${duration}s" --latency "$url/health" >"$3" 2>&1
  else
    wrk -t2 -c"$connections" -d"${duration}s" --latency -s "$root/bench/wrk/paths.lua" "$url" -- "$2" >"$3" 2>&1
  fi
  if grep -q -e 'Non-2xx' -e 'Socket errors' "$3"; then
    echo "queries: errors in $3:" >&2
    grep -e 'Non-2xx' -e 'Socket errors' "$3" >&2
  fi
  awk '/^ +99%/ { v = $2; if (v ~ /us$/) p = v * 0.001; else if (v ~ /ms$/) p = v + 0; else if (v ~ /m$/) p = v * 60000; else p = v * 1000 }
       /^Requests\/sec:/ { r = $2 }
       END { printf "%.2f %.0f\n", p, r }' "$3"
}

# --- the dataset and the SQLite store it is loaded into (kept in DATA) ---
if [[ ! -f "$data/dataset.jsonl" ]]; then
  echo "queries: generating $runs runs and $events events in $data" >&2
  python3 "$root/bench/generate-dataset.py" "$runs" "$events" "$data"
fi
if [[ ! -f "$data/state.sqlite" ]]; then
  echo "queries: importing the dataset into SQLite" >&2
  runledger sqlite "$data/state.sqlite.partial" store import --in "$data/dataset.jsonl" >&2
  mv "$data/state.sqlite.partial" "$data/state.sqlite"
fi

load_postgres() {  # a throw-away server holding the dataset (start_postgres, then the rows)
  start_postgres
  runledger postgres "$location" db migrate >&2
  echo "queries: copying the dataset from the SQLite store into PostgreSQL" >&2
  local spec table columns
  for spec in "runs:run_id,created_at,args,git_sha,config_hash,status,finished_at" "run_labels:run_id,name,value" \
      "run_steps:run_id,step_id,name,status,started_at,finished_at,stats" \
      "audit_log:event_id,ts,level,run_id,scope,event,message,data"; do
    table="${spec%%:*}"
    columns="${spec#*:}"
    sqlite3 -csv "$data/state.sqlite" "SELECT $columns FROM $table ORDER BY 1" \
      | psql_store -c "\\copy $table ($columns) FROM STDIN WITH (FORMAT csv)"
  done
  psql_store -c "VACUUM ANALYZE" >/dev/null
  echo "queries: $(runledger postgres "$location" store hash) (PostgreSQL)" >&2
  echo "queries: $(runledger sqlite "$data/state.sqlite" store hash) (SQLite)" >&2
}

psql_store() {
  psql -q -X -h 127.0.0.1 -p "$pg_port" -U postgres -d runledger "$@"
}

# A busy run (1 % of the runs hold 40 % of the events) and a run deep in the id order.
busy_run="$(sed -n 's|^/v1/audit?run_id=\([^&]*\)&.*|\1|p;q' "$data/audit.paths")"
deep_run="$(printf 'run-%07d' $(( runs * 7 / 10 )))"
audit_sql="SELECT * FROM audit_log WHERE run_id = '$busy_run' ORDER BY event_id LIMIT 101"
# A runs page is one statement (storage-sql's RunListing): the page's runs with all their labels.
runs_sql="SELECT r.run_id, r.created_at, r.args, r.git_sha, r.config_hash, r.status, r.finished_at, l.name, l.value
  FROM runs r LEFT JOIN run_labels l ON l.run_id = r.run_id
  WHERE r.run_id IN (SELECT p.run_id FROM runs p WHERE p.run_id > '$deep_run' ORDER BY p.run_id LIMIT 101)
  ORDER BY r.run_id"

plans() {  # plans BACKEND: the plans of the page queries, as the store issues them, into OUT/plans-BACKEND.txt
  local file="$out/plans-$1.txt"
  case "$1" in
    sqlite)
      { for sql in "$audit_sql" "$runs_sql"; do
          echo "EXPLAIN QUERY PLAN $sql;"
          sqlite3 "file:$data/state.sqlite?mode=ro" "EXPLAIN QUERY PLAN $sql"
          echo
        done; } >"$file" ;;
    postgres)
      { for sql in "$audit_sql" "$runs_sql"; do
          echo "EXPLAIN (ANALYZE, BUFFERS) $sql;"
          psql_store -c "EXPLAIN (ANALYZE, BUFFERS) $sql"
        done; } >"$file" ;;
    *) return 0 ;;
  esac
  echo "queries: plans in $file" >&2
}

results="$out/queries.csv"
echo "backend,connections,health_p99_ms,audit_p99_ms,runs_p99_ms,audit_ratio,runs_ratio,health_rps,audit_rps,runs_rps,date,load" >"$results"
for backend in $backends; do
  case "$backend" in
    sqlite) location="$data/state.sqlite" ;;
    json)
      location="$data/state.json"
      if [[ ! -f "$location" ]]; then
        echo "queries: importing the dataset into a JSON store" >&2
        runledger json "$data/json.partial/state.json" store import --in "$data/dataset.jsonl" >&2
        mv "$data/json.partial"/* "$data/" && rmdir "$data/json.partial"
      fi ;;
    postgres) load_postgres ;;
    *) echo "queries: unknown backend $backend" >&2; exit 2 ;;
  esac
  plans "$backend"
  serve "$backend" "$location" "$out/serve-queries-$backend.log" 600   # a JSON store of a million events takes a while to read
  for target in - "$data/audit.paths" "$data/runs.paths"; do   # JIT and cache warm-up
    duration=5 measure warm-up "$target" "$work/warm-up.txt" >/dev/null
  done
  # Two alternating rounds, averaged, so that a burst of other load on the machine hits every side.
  declare -A p99=() rps=()
  for round in 1 2; do
    for kind in health audit runs; do
      case "$kind" in health) paths=- ;; audit) paths="$data/audit.paths" ;; runs) paths="$data/runs.paths" ;; esac
      read -r p r < <(measure "$kind" "$paths" "$out/wrk-queries-$backend-$kind-$round.txt")
      p99[$kind]="$(awk -v a="${p99[$kind]:-0}" -v b="$p" 'BEGIN {printf "%.2f", a + b / 2}')"
      rps[$kind]="$(awk -v a="${rps[$kind]:-0}" -v b="$r" 'BEGIN {printf "%.0f", a + b / 2}')"
    done
  done
  ratio() { awk -v q="$1" -v h="${p99[health]}" 'BEGIN {printf "%.2f", q / h}'; }
  echo "$backend,$connections,${p99[health]},${p99[audit]},${p99[runs]},$(ratio "${p99[audit]}"),$(ratio "${p99[runs]}"),${rps[health]},${rps[audit]},${rps[runs]},$(date -u +%FT%TZ),$(cut -d' ' -f1 /proc/loadavg)" \
    | tee -a "$results"
  unset p99 rps
  stop_server
  if [[ "$backend" == postgres ]]; then
    as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -m fast stop >/dev/null
    pg_data=""
  fi
done
echo "queries: results in $results (machine: $(nproc) cores, $(java -version 2>&1 | head -n 1); load: $(cut -d' ' -f1-3 /proc/loadavg))"
