# bench/lib.sh — what bench/run.sh and bench/queries.sh share; sourced, never run.
#
# Expects root, out, app (empty: build the launcher and copy it with its app) and pg_bin to be set, and
# sets work (a temporary directory removed on exit), server_pid and port (serve), pg_data, pg_port and
# location (start_postgres). BENCH_JAVA_OPTS is added after the launcher's defaults (so it wins).
# Messages start with $bench_name.

work="$(mktemp -d "/tmp/runledger-$bench_name.XXXXXX")"
server_pid=""
pg_data=""

cleanup() {
  [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  [[ -n "$pg_data" ]] && as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

as_postgres() {
  if [[ "$(id -u)" == 0 ]]; then
    setpriv --reuid=postgres --regid=postgres --init-groups "$@"
  else
    "$@"
  fi
}

# --- build once, then run a private copy of the launcher and the app, so that a rebuild of the tree
# cannot disturb a run: DIR/runledger, its JVM defaults and app-cli/target laid out as in the tree. The
# copy records its own class-data archives once (./runledger does: one for serve, one for the other
# commands), so `serve` and the commands start exactly as a user's ./runledger starts them, with the
# launcher's JVM defaults ---
if [[ -z "$app" ]]; then
  if [[ -n "${RUNLEDGER_BUILD_LOCK:-}" ]]; then
    flock "$RUNLEDGER_BUILD_LOCK" "$root/runledger" --version >/dev/null
  else
    "$root/runledger" --version >/dev/null
  fi
  app="$work/app"
  mkdir -p "$app/app-cli/target" "$app/distribution/src/dist/lib"
  cp "$root/runledger" "$app/"
  cp "$root/distribution/src/dist/lib/runledger-jvm.sh" "$app/distribution/src/dist/lib/"
  cp -r "$root/app-cli/target/modules" "$root/app-cli/target/classpath" "$app/app-cli/target/"
  cp "$(compgen -G "$root/app-cli/target/app-cli-*.jar" | grep -v -e '-sources' -e '-tests' | head -n 1)" "$app/app-cli/target/"
  touch "$app/app-cli/target/runledger.build-stamp"
  "$app/runledger" --version >/dev/null 2>&1   # records the copy's archive of the commands but serve
  "$app/runledger" serve --help >/dev/null 2>&1   # and serve's
fi
[[ -x "$app/runledger" ]] || { echo "$bench_name: $app/runledger is missing" >&2; exit 2; }

runledger() {  # runledger BACKEND LOCATION ARGS…: the CLI through the launcher copy, with its defaults
  local backend="$1" location="$2"
  shift 2
  RUNLEDGER_BACKEND="$backend" RUNLEDGER_STATE="$location" RUNLEDGER_JAVA_OPTS="${BENCH_JAVA_OPTS:-}" "$app/runledger" "$@"
}

# serve BACKEND LOCATION LOG [SECONDS [JAVA-OPTIONS]]: starts the server in the background, sets
# server_pid and port. Through the launcher copy (its JVM defaults, then BENCH_JAVA_OPTS), or, given
# JAVA-OPTIONS, with plain java and exactly those options (no launcher defaults, no class-data archive).
serve() {
  local tenths=$(( ${4:-30} * 10 ))
  : >"$3"   # before the server's own redirection, so that the first look at it finds the file
  if [[ -n "${5:-}" ]]; then
    # shellcheck disable=SC2086  # a list of options
    RUNLEDGER_BACKEND="$1" RUNLEDGER_STATE="$2" java $5 --add-modules ALL-MODULE-PATH -Dorg.jboss.logging.provider=slf4j \
      -p "$app/app-cli/target/modules:$(compgen -G "$app/app-cli/target/app-cli-*.jar" | head -n 1)" \
      -cp "$app/app-cli/target/classpath/*" -m io.runledger.cli/io.runledger.cli.Main serve --port 0 >"$3" 2>&1 &
  else
    # the launcher execs java, so server_pid is the JVM
    RUNLEDGER_BACKEND="$1" RUNLEDGER_STATE="$2" RUNLEDGER_JAVA_OPTS="${BENCH_JAVA_OPTS:-}" "$app/runledger" serve --port 0 >"$3" 2>&1 &
  fi
  server_pid=$!
  for _ in $(seq 1 "$tenths"); do
    port="$(sed -n 's|.*on http://127.0.0.1:\([0-9]*\).*|\1|p' "$3" | tail -n 1)"
    if [[ -n "$port" ]] && curl -fs "http://127.0.0.1:$port/health" >/dev/null; then
      return 0
    fi
    kill -0 "$server_pid" 2>/dev/null || { cat "$3" >&2; echo "$bench_name: serve did not start" >&2; exit 1; }
    sleep 0.1
  done
  echo "$bench_name: serve did not become healthy in ${4:-30} s" >&2
  exit 1
}

stop_server() {
  kill "$server_pid" 2>/dev/null || true
  wait "$server_pid" 2>/dev/null || true
  server_pid=""
}

start_postgres() {  # a throw-away server in $work, owned by postgres; sets pg_data, pg_port and location (the JDBC URL)
  pg_data="$work/pg/data"
  mkdir -p "$work/pg"
  [[ "$(id -u)" == 0 ]] && chown postgres "$work/pg" && chmod 755 "$work"
  pg_port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
  as_postgres "$pg_bin/initdb" -D "$pg_data" -A trust -U postgres >"$out/postgres-initdb.log" 2>&1
  as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -l "$work/pg/server.log" -w \
    -o "-p $pg_port -k $work/pg -c listen_addresses=127.0.0.1" start >/dev/null
  as_postgres "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U postgres runledger
  location="jdbc:postgresql://127.0.0.1:$pg_port/runledger?user=postgres"
}
