#!/usr/bin/env bash
# bench/run.sh — HTTP load benchmark of `runledger serve` on each backend (docs/PERFORMANCE.md).
#
# Starts `serve` through the launcher (its JVM defaults, as a user's ./runledger runs it) on a fresh
# store of every backend at once, warms each up, then measures in alternating rounds — in every round
# each server in turn: GET /health (the reference) and single-event POST /v1/audit
# (bench/wrk/append.lua: every request a new event, acknowledged 201 only once durable) — so that a
# burst of other load on a shared machine hits every figure alike; every other round takes the
# servers in reverse order, so that none always runs first, right after the previous round's last
# appends (whose checkpoint and vacuum work the first one would otherwise always pay for). Samples each server's RSS
# (ps -o rss, every 0.5 s) during its append runs. Prints per server the mean rates, appends / health
# with its spread over the rounds and the peak RSS, then the ratios across servers: /health of each
# backend against SQLite's, and with --baseline each server against the same backend run with
# plain java and the given options (e.g. the launcher's former defaults), or with --baseline-app DIR
# each server against the same backend on another prepared app copy (bench/chain-cost.sh: a build
# without the audit chain). With --sweep it also
# measures appends at several concurrency levels (the data of the throughput chart).
# Runs on demand only — never in .ci/run.
#
# Usage: bench/run.sh [--backends "sqlite json postgres"] [--duration 10] [--connections 32] [--rounds 3]
#                     [--baseline "JAVA OPTIONS" | --baseline-app DIR] [--sweep "1 4 16 32 64"] [--out DIR]
#                     [--app DIR]
# --app DIR (and --baseline-app DIR) runs a prepared copy of the launcher and app (DIR/runledger,
# DIR/app-cli/target, as bench/lib.sh lays it out) instead of building the tree and copying it. BENCH_JAVA_OPTS is added
# after the launcher's defaults. Needs wrk, curl, ps; for postgres the PostgreSQL server binaries
# (PG_BIN, default /usr/lib/postgresql/15/bin); run as root, the server runs as the user "postgres"
# through setpriv. RUNLEDGER_BUILD_LOCK (if set) is a file to flock around the build.
set -euo pipefail

root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
backends="sqlite json postgres"
duration=10
connections=32
rounds=3
baseline=""
baseline_app=""
sweep=""
out="$root/bench/out"
app=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --backends) backends="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    --baseline) baseline="$2"; shift 2 ;;
    --baseline-app) baseline_app="$(readlink -f "$2")"; shift 2 ;;
    --sweep) sweep="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --app) app="$(readlink -f "$2")"; shift 2 ;;
    -h|--help) sed -n '2,26p' "$0"; exit 0 ;;
    *) echo "bench: unknown option $1" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "bench: wrk is missing (apt-get install wrk)" >&2; exit 2; }
pg_bin="${PG_BIN:-/usr/lib/postgresql/15/bin}"
mkdir -p "$out"
bench_name=bench
# shellcheck source=bench/lib.sh
source "$root/bench/lib.sh"

declare -A pids ports
servers=()
stop_all() {
  local name
  for name in "${servers[@]}"; do kill "${pids[$name]}" 2>/dev/null || true; done
  for name in "${servers[@]}"; do wait "${pids[$name]}" 2>/dev/null || true; done
  servers=()
}
trap 'stop_all; cleanup' EXIT

rps() {  # rps SERVER CONNECTIONS SCRIPT LOG: runs wrk against SERVER, prints requests/s; reports non-2xx responses
  local threads=2
  [[ "$2" -lt 2 ]] && threads=1
  wrk -t"$threads" -c"$2" -d"${duration}s" -s "$3" "http://127.0.0.1:${ports[$1]}" >"$4" 2>&1
  if grep -q 'Non-2xx' "$4"; then
    echo "bench: non-2xx responses in $4:" >&2
    grep 'Non-2xx' "$4" >&2
  fi
  awk '/^Requests\/sec:/ {print $2}' "$4"
}

appends_sampled() {  # appends_sampled SERVER LOG: appends/s of one run, while the server's RSS goes to $work/rss-SERVER
  local sampler result pid="${pids[$1]}"
  ( while kill -0 "$pid" 2>/dev/null; do ps -o rss= -p "$pid"; sleep 0.5; done ) >>"$work/rss-${1//\//-}" &
  sampler=$!
  result="$(rps "$1" "$connections" "$root/bench/wrk/append.lua" "$2")"
  kill "$sampler" 2>/dev/null || true
  wait "$sampler" 2>/dev/null || true
  echo "$result"
}

start_server() {  # start_server NAME BACKEND [JAVA-OPTIONS]: a server on a fresh store of BACKEND (a baseline on --baseline-app)
  local location
  case "$2" in
    sqlite) location="$work/${1//\//-}.sqlite" ;;
    json) location="$work/${1//\//-}.json" ;;
    postgres)
      [[ -n "$pg_data" ]] || start_postgres
      local db="rl_${1//[^a-z]/_}"
      as_postgres "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U postgres "$db"
      location="jdbc:postgresql://127.0.0.1:$pg_port/$db?user=postgres" ;;
    *) echo "bench: unknown backend $2" >&2; exit 2 ;;
  esac
  if [[ "$1" == */baseline && -n "$baseline_app" ]]; then
    app="$baseline_app" serve "$2" "$location" "$out/serve-${1//\//-}.log" 120
  else
    serve "$2" "$location" "$out/serve-${1//\//-}.log" 120 "${3:-}"
  fi
  pids[$1]=$server_pid
  ports[$1]=$port
  server_pid=""
  servers+=("$1")
}

for backend in $backends; do
  start_server "$backend" "$backend"
  if [[ -n "$baseline" || -n "$baseline_app" ]]; then
    start_server "$backend/baseline" "$backend" "$baseline"
  fi
done
for name in "${servers[@]}"; do  # JIT warm-up
  wrk -t2 -c"$connections" -d5s "http://127.0.0.1:${ports[$name]}/health" >/dev/null
  wrk -t2 -c"$connections" -d5s -s "$root/bench/wrk/append.lua" "http://127.0.0.1:${ports[$name]}" >/dev/null
done

rounds_csv="$out/http-rounds.csv"
echo "round,server,health_rps,append_rps" >"$rounds_csv"
for round in $(seq 1 "$rounds"); do
  order=("${servers[@]}")
  if (( round % 2 == 0 )); then
    order=()
    for (( i = ${#servers[@]} - 1; i >= 0; i-- )); do order+=("${servers[i]}"); done
  fi
  for name in "${order[@]}"; do
    file="${name//\//-}"
    health="$(rps "$name" "$connections" "$root/bench/wrk/health.lua" "$out/wrk-$file-health-$round.txt")"
    append="$(appends_sampled "$name" "$out/wrk-$file-append-$round.txt")"
    echo "$round,$name,$health,$append" | tee -a "$rounds_csv"
  done
done

results="$out/http.csv"
echo "server,connections,health_rps,append_rps,ratio,ratio_min,ratio_max,append_peak_rss_mib,date" >"$results"
for name in "${servers[@]}"; do
  peak="$(sort -n "$work/rss-${name//\//-}" | tail -n 1)"
  awk -F, -v s="$name" -v c="$connections" -v rss="$(( ${peak:-0} / 1024 ))" -v d="$(date -u +%FT%TZ)" '
    $2 == s { h += $3; a += $4; r = $4 / $3; lo = (n == 0 || r < lo) ? r : lo; hi = (n == 0 || r > hi) ? r : hi; n++ }
    END { printf "%s,%d,%.0f,%.0f,%.2f,%.2f,%.2f,%d,%s\n", s, c, h / n, a / n, a / h, lo, hi, rss, d }' "$rounds_csv"
done | tee -a "$results"

# Ratios across servers, round by round (mean, and min–max over the rounds): every backend's /health
# against SQLite's, and every server against its baseline.
ratios() {  # ratios LABEL SERVER REFERENCE COLUMN(3 health, 4 append)
  awk -F, -v s="$2" -v ref="$3" -v col="$4" -v label="$1" '
    $2 == s { x[$1] = $col } $2 == ref { y[$1] = $col }
    END { for (k in x) if (k in y) { r = x[k] / y[k]; sum += r; lo = (n == 0 || r < lo) ? r : lo; hi = (n == 0 || r > hi) ? r : hi; n++ }
          if (n) printf "%s: %.2f (%.2f–%.2f over %d rounds)\n", label, sum / n, lo, hi, n }' "$rounds_csv"
}
for name in "${servers[@]}"; do
  if [[ "$name" != sqlite && "$name" != */baseline && " ${servers[*]} " == *" sqlite "* ]]; then
    ratios "/health $name / sqlite" "$name" sqlite 3
  fi
  if [[ -n "${pids[$name/baseline]:-}" ]]; then
    ratios "/health $name / $name with --baseline" "$name" "$name/baseline" 3
    ratios "appends $name / $name with --baseline" "$name" "$name/baseline" 4
  fi
done | tee "$out/http-ratios.txt"

if [[ -n "$sweep" ]]; then
  echo "backend,connections,append_rps" >"$out/sweep.csv"
  for backend in $backends; do
    for c in $sweep; do
      echo "$backend,$c,$(rps "$backend" "$c" "$root/bench/wrk/append.lua" "$out/wrk-$backend-append-c$c.txt")" | tee -a "$out/sweep.csv"
    done
  done
fi
stop_all
echo "bench: results in $results, $rounds_csv${sweep:+ and $out/sweep.csv} (machine: $(nproc) cores, $(java -version 2>&1 | head -n 1); load: $(cut -d' ' -f1-3 /proc/loadavg))"
