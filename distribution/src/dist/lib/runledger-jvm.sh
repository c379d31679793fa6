# runledger-jvm.sh — how a launcher starts the Runledger CLI's JVM. Sourced (not run) by both
# launchers: the repository's ./runledger and the release's bin/runledger, so both start the CLI with
# the same JVM defaults and the same launch: every command on the class path (runledger_set_launch).
# Uses bash built-ins only (the release needs nothing else).
#
# Defaults (docs/PERFORMANCE.md): the serial collector and a small initial heap keep the resident
# memory low (2-core, small-heap workloads); short commands run with the C1 compiler only, while the
# bulk moves (`store …`, `db restore`, `db backup` and `db backups`, which read and hash whole stores) and
# `audit verify` (a walk of the whole chain: SHA-256 is a C2 intrinsic, and C1's code verified about
# half as many events per second) keep the full JIT; the bulk moves have C2 compile a method
# only once it is four times as hot as usual (the Tier4 thresholds), so that C2 spends its time on the
# loops that move the rows rather than on start-up code (a 300,000-event `store migrate` into
# PostgreSQL took about 1.5 s less CPU and 0.4 s less wall time on two cores), and does not inline a
# method whose compiled code is over 1,000 bytes (InlineSmallCode; 2,500 by default), so that C2 does
# not compile the same record and line code again into ever larger callers (it then spends less than
# half as long compiling a migration); `audit verify` also gets a young
# generation of 48 MiB (its walkers allocate every event's texts and line: with the small default heap
# a million-event walk spent about 0.8 s of its 3.8 in some 270 young collections) in an initial heap
# that holds it (a young generation larger than the initial heap makes the JVM print a warning, on
# standard output, ahead of the command's result). `serve` runs on C1 too, with a small young generation, a heap that
# gives back what it does not use and glibc limited to two malloc arenas: its resident memory under
# load is about 170 MiB instead of 240–270 (C2's compiled code and compiler arenas alone were about
# 45 MiB), its start takes half the CPU, and on two busy cores appends run faster than with C2
# (-XX:TieredStopAtLevel=4 in RUNLEDGER_JAVA_OPTS gives the full JIT back). RUNLEDGER_JAVA_OPTS comes
# after these defaults, so it wins; a collector chosen there replaces the serial one.

# The java to run: $JAVA_HOME/bin/java when JAVA_HOME is set (17 or newer), else java from PATH.
if [[ -n "${JAVA_HOME:-}" ]]; then
  runledger_java="$JAVA_HOME/bin/java"
else
  runledger_java=java
fi

# runledger_set_jvm_defaults ARGS…: sets the array runledger_jvm to the JVM defaults for this command line.
runledger_set_jvm_defaults() {
  runledger_jvm=(-Xms32m)
  if [[ "${RUNLEDGER_JAVA_OPTS:-}" != *-XX:+Use*GC* ]]; then
    runledger_jvm+=(-XX:+UseSerialGC)
  fi
  runledger_command "$@"
  case "$runledger_cmd $runledger_subcmd" in
    "serve "*) runledger_serve_defaults ;;
    "store "* | "db restore" | "db backup" | "db backups")
      runledger_jvm+=(-XX:Tier4InvocationThreshold=20000 -XX:Tier4MinInvocationThreshold=2400
        -XX:Tier4CompileThreshold=60000 -XX:Tier4BackEdgeThreshold=160000 -XX:InlineSmallCode=1000) ;;
    "audit verify") runledger_jvm+=(-Xms64m -Xmn48m) ;;
    *) runledger_jvm+=(-XX:TieredStopAtLevel=1) ;;
  esac
}

# runledger_command ARGS…: sets runledger_cmd to the command a command line runs (serve, store, db …):
# its first argument that is neither a global option nor the value of one, and runledger_subcmd to the
# argument right after it unless that is an option (verify in `audit verify`); each empty when there is none.
runledger_command() {
  runledger_cmd=""
  runledger_subcmd=""
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --backend | --state | --config) shift; [[ $# -gt 0 ]] && shift ;;
      -*) shift ;;
      *)
        runledger_cmd="$1"
        [[ $# -gt 1 && "$2" != -* ]] && runledger_subcmd="$2"
        return 0 ;;
    esac
  done
}

# runledger_serve_defaults: adds what `serve` runs with to runledger_jvm (see the note at the top).
# C1 compiles a method only once it is clearly hot (the Tier3 thresholds, five times the usual), so
# start-up code stays interpreted and out of the code cache. The old generation keeps 20–40 % free
# after a collection: tighter, and full collections come every few seconds under load.
runledger_serve_defaults() {
  runledger_jvm+=(-Xms16m -Xmn6m -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40 -XX:TieredStopAtLevel=1
    -XX:Tier3InvocationThreshold=1000 -XX:Tier3MinInvocationThreshold=500 -XX:Tier3CompileThreshold=10000
    -XX:Tier3BackEdgeThreshold=120000)
  # Each thread that calls malloc would otherwise get an arena of its own (up to 8 per core).
  export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
}

# runledger_archive_prefix TARGET: sets runledger_archive to the prefix of the class-data archives the
# repository's launcher records under TARGET/cds (TARGET is app-cli/target), and runledger_native_dir to
# the directory where it keeps sqlite-jdbc's native library. They are valid for one build (every build
# empties that directory) and one JVM, whose identity the prefix carries, so a stale one is never used.
# Fails when the java to run cannot be found.
runledger_archive_prefix() {
  local jvm identity
  jvm="$(command -v "$runledger_java")" && identity="$(stat -L -c '%d-%i-%Y' "$jvm")" || return 1
  runledger_archive="$1/cds/runledger-$identity"
  runledger_native_dir="$runledger_archive-native"
}

# runledger_use_archive ARCHIVE LIBRARY_DIR: adds to runledger_jvm the options that start the JVM from
# the class-data archive ARCHIVE, if that file exists, and have sqlite-jdbc load the native library
# kept in LIBRARY_DIR, if it holds one. -Xlog:cds…=off: should the JVM refuse the archive after all, it
# starts without it, silently. ArchiveRelocationMode=0: map the archive at the address it was written
# for, where the JVM's default (1) moves it to a random one and patches every pointer in it, a cost that
# grows with the archive (docs/PERFORMANCE.md); should that address be taken, the JVM still relocates it.
runledger_use_archive() {
  local archive="$1" library="$2" native_library
  if [[ -f "$archive" ]]; then
    runledger_jvm+=(-XX:SharedArchiveFile="$archive" -Xlog:cds=off -Xlog:cds+dynamic=off
      -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0)
  fi
  for native_library in "$library"/*; do
    if [[ -s "$native_library" ]]; then
      # sqlite-jdbc loads this file first; should that fail, it extracts its own copy as usual.
      runledger_jvm+=(-Dorg.sqlite.lib.path="$library" -Dorg.sqlite.lib.name="${native_library##*/}")
      return 0
    fi
  done
}

# runledger_set_launch MODULE_PATH CLASS_PATH: sets the array runledger_launch to the options that
# run the CLI from this module path (directories and jars) and class path: every command, `serve`
# included, runs on the class path made of the same jars (also left in runledger_class_path). On the
# module path, before `main`, the module system reads every entry of each automatic module's jar
# (about 90 jars): a large share of a short command's start and about 0.15 s of `serve`'s
# (docs/PERFORMANCE.md, target 3). The jars' META-INF/services name what their module descriptors
# provide; the modules still run as modules on the module path (ModulePathLaunchTest).
# The org.jboss.logging.provider property: jboss-logging would otherwise log Hibernate's INFO chatter
# through java.util.logging.
runledger_set_launch() {
  local module_path="$1" class_path="$2" entry entries
  runledger_class_path=""
  IFS=: read -r -a entries <<<"$module_path"
  for entry in "${entries[@]}"; do
    if [[ -d "$entry" ]]; then
      runledger_class_path+="$entry/*:"
    else
      runledger_class_path+="$entry:"
    fi
  done
  runledger_class_path+="$class_path"
  runledger_launch=(-Dorg.jboss.logging.provider=slf4j -cp "$runledger_class_path" io.runledger.cli.Main)
}
