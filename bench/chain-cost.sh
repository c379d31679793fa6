#!/usr/bin/env bash
# bench/chain-cost.sh — what the audit chain costs durable HTTP appends (docs/PERFORMANCE.md, "Audit chain").
#
# Target (issue 19 item 7): single-event durable POST /v1/audit with 32 clients loses at most 10 %
# against the same build without chaining, on SQLite and PostgreSQL, measured side by side in one run.
#
# "Without chaining" is a benchmark-only build, made here and nowhere else: the product has no switch
# that turns the chain off (a store whose events have no positions would fail `audit verify`, so no
# user may have one). This script copies the built app, rewrites one method of the copy's source —
# storage-sql's SqlAuditLog.extendChain, the whole of the chain's work in an append transaction: the
# head row's move (on PostgreSQL a writable CTE of the insert statement itself, on SQLite its own
# conditional UPDATE; a SELECT … FOR UPDATE and an UPDATE when another writer moved it), one canonical
# line and SHA-256 per event — so that it only inserts the rows with the same statement as the chained
# build's (the database's ChainedAuditInserts.insert), each with a position from a counter in the
# process and the genesis value for its chain (the columns and the unique index on seq stay, as
# the schema has them), compiles that one class against the copy's jars and puts it into the copy's
# storage-sql jar. Everything else (the HTTP layer, group commit, the schema, the launcher's JVM
# defaults, a class-data archive of its own) is the same build. The rewrite fails loudly when the
# method no longer looks as this script expects. The unchained copy's stores are throw-away ones.
#
# Then bench/run.sh runs both copies side by side (--app, --baseline-app): per backend a server of
# each on a fresh store, warmed up, and alternating rounds of GET /health and single-event POST
# /v1/audit (wrk -c32) against each; it prints "appends B / B with --baseline" — chained over unchained
# appends/s, round by round — and the same for /health, which should stay near 1.00 (both copies do
# the same work there: a control for the fairness of the comparison). This script prints the loss.
# Runs on demand only — never in .ci/run.
#
# Usage: bench/chain-cost.sh [--backends "sqlite postgres"] [--duration 10] [--rounds 3] [--connections 32] [--out DIR]
# Needs what bench/run.sh needs (wrk, curl; the PostgreSQL server binaries), and javac and jar of the JDK.
set -euo pipefail

root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
backends="sqlite postgres"
duration=10
rounds=3
connections=32
out="$root/bench/out"
app=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --backends) backends="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    -h|--help) sed -n '2,27p' "$0"; exit 0 ;;
    *) echo "chain-cost: unknown option $1" >&2; exit 2 ;;
  esac
done
pg_bin="${PG_BIN:-/usr/lib/postgresql/15/bin}"
mkdir -p "$out"
bench_name=chain-cost
# shellcheck source=bench/lib.sh
source "$root/bench/lib.sh"   # builds the tree and lays out the chained copy in $app

unchained="$work/unchained"
cp -a "$app" "$unchained"
rm -rf "$unchained/app-cli/target/cds"   # it records a class-data archive of its own
touch "$unchained/app-cli/target/runledger.build-stamp"   # newer than its sources: the launcher does not rebuild it
mkdir -p "$work/patch/classes"
python3 - "$root/storage-sql/src/main/java/io/runledger/storage/sql/ports/SqlAuditLog.java" "$work/patch/SqlAuditLog.java" <<'PY'
import re
import sys

source = open(sys.argv[1], encoding="utf-8").read()
method = re.compile(r"(    private ChainLink extendChain\(Connection connection, List<AuditEvent> fresh\) throws SQLException \{\n).*?(\n    \}\n)", re.S)
unchained = """        List<ChainLink> links = new ArrayList<>(fresh.size());
        for (AuditEvent event : fresh) {
            links.add(new ChainLink(UNCHAINED_SEQ.incrementAndGet(), io.runledger.format.record.AuditChain.GENESIS));
        }
        sessions.auditInserts().insert(connection, fresh, links);
        return links.get(links.size() - 1);"""
counter = "    private static final java.util.concurrent.atomic.AtomicLong UNCHAINED_SEQ = new java.util.concurrent.atomic.AtomicLong();\n\n"
rewritten, found = method.subn(lambda m: counter + m.group(1) + unchained + m.group(2), source)
if found != 1:
    sys.exit("chain-cost: SqlAuditLog.extendChain no longer looks as bench/chain-cost.sh expects; update its rewrite")
open(sys.argv[2], "w", encoding="utf-8").write(rewritten)
PY
javac --release 17 -nowarn -proc:none -d "$work/patch/classes" \
  -cp "$unchained/app-cli/target/modules/*:$unchained/app-cli/target/classpath/*" "$work/patch/SqlAuditLog.java"
sql_jar="$(compgen -G "$unchained/app-cli/target/modules/storage-sql-*.jar" | head -n 1)"
jar uf "$sql_jar" -C "$work/patch/classes" io/runledger/storage/sql/ports/SqlAuditLog.class
"$unchained/runledger" --version >/dev/null 2>&1   # records the unchained copy's class-data archive

# The rewrite took: an event the unchained copy appends is not chained (audit verify exits 7 on its
# store), while the same event appended by the chained copy verifies.
probe='{"event_id":"probe","level":"info","scope":"bench","event":"probe","message":"probe"}'
for copy in app unchained; do
  RUNLEDGER_BACKEND=sqlite RUNLEDGER_STATE="$work/probe-$copy.sqlite" "${!copy}/runledger" audit append <<<"$probe" >/dev/null 2>&1
  status=0
  RUNLEDGER_BACKEND=sqlite RUNLEDGER_STATE="$work/probe-$copy.sqlite" "${!copy}/runledger" audit verify >/dev/null 2>&1 || status=$?
  if [[ "$copy" == app && "$status" != 0 || "$copy" == unchained && "$status" != 7 ]]; then
    echo "chain-cost: audit verify exited $status on the $copy copy's probe store; the comparison would not be chained against unchained" >&2
    exit 1
  fi
done

"$root/bench/run.sh" --app "$app" --baseline-app "$unchained" --backends "$backends" --duration "$duration" \
  --rounds "$rounds" --connections "$connections" --out "$out"
echo "chain-cost: appends with the chain against the same build without it (1.00 = no cost; target ≥ 0.90):"
grep '^appends ' "$out/http-ratios.txt" | sed 's|/baseline|/unchained|; s|with --baseline|without the chain|' \
  | awk '{ print } match($0, /: [0-9.]+/) { r = substr($0, RSTART + 2, RLENGTH - 2); printf "  loss %.1f %%\n", (1 - r) * 100 }'
