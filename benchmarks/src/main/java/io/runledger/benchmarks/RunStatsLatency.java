package io.runledger.benchmarks;

import io.runledger.bootstrap.ConfigFlags;
import io.runledger.bootstrap.ConfigResolver;
import io.runledger.bootstrap.LedgerRuntime;
import io.runledger.bootstrap.ProviderRegistry;
import io.runledger.storage.api.CanonicalJson;
import io.runledger.storage.api.Label;
import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.api.Run;
import io.runledger.storage.api.RunId;
import io.runledger.storage.api.RunStatsQuery;
import io.runledger.storage.api.RunStatus;
import io.runledger.testing.postgres.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * p99 latency of {@code Runs.stats} (what {@code GET /v1/runs/stats} asks the store) at 100,000 runs,
 * per backend (docs/PERFORMANCE.md, run aggregates). Seeds the runs with one bulk import — 30 days of
 * runs, labels {@code team} (8 values) and {@code env}, 2 % still running — then times each query
 * shape alternately, after a warm-up, and prints one CSV line per backend and shape:
 * {@code backend,query,p50_ms,p99_ms,max_ms,cpu_p50_ms,cpu_p99_ms,server_cpu_p50_ms,server_cpu_p99_ms} — wall
 * time, the CPU time of the calling thread, which is where SQLite and JSON do all the work (on a loaded
 * machine the wall time says more about the load than about the query), and for PostgreSQL, where the
 * work is in the server, the CPU time of the database's server processes ({@link ServerCpu}; empty when
 * the server is not on this machine). PostgreSQL is the test harness's throw-away server (or
 * {@code RUNLEDGER_TEST_POSTGRES_URL}).
 *
 * <p>Usage: {@code RunStatsLatency [runs] [iterations] [backend…]} (defaults 100000, 200, sqlite json postgres).
 * With {@code -Drunledger.bench.index="CREATE INDEX …"} the statement is run on a SQL store after
 * seeding, to weigh an index the schema does not have. Each store's temporary directory is removed
 * at the end.
 */
public final class RunStatsLatency {
    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
    private static final long SPAN_MICROS = 30L * 86_400_000_000L;
    private static final String[] TEAMS = {"data", "web", "infra", "ml", "mobile", "payments", "search", "ops"};

    private RunStatsLatency() {
    }

    public static void main(String[] args) throws IOException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        String[] backends = args.length > 2 ? Arrays.copyOfRange(args, 2, args.length) : new String[] {"sqlite", "json", "postgres"};
        Map<String, RunStatsQuery> shapes = shapes();
        System.out.println("backend,query,p50_ms,p99_ms,max_ms,cpu_p50_ms,cpu_p99_ms,server_cpu_p50_ms,server_cpu_p99_ms");
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (String backend : backends) {
            Path dir = Files.createTempDirectory("runledger-stats-");
            String database = backend.equals("postgres") ? TestServer.get().createDatabase() : "";
            ServerCpu server = new ServerCpu(database);
            String location = switch (backend) {
                case "postgres" -> TestServer.get().url(database);
                case "json" -> "state.json";
                default -> "state." + backend;
            };
            ProviderRegistry registry = ProviderRegistry.installed();
            try (LedgerRuntime runtime = LedgerRuntime.start(new ConfigResolver(registry).resolve(
                    new ConfigFlags(Optional.of(backend), Optional.of(location), Optional.empty()), Map.of(), dir), registry)) {
                runtime.storeForWriting().contents().importFrom(seed(runs));
                afterSeeding(backend, backend.equals("sqlite") ? "jdbc:sqlite:" + dir.resolve(location) : location);
                Map<String, long[]> nanos = new LinkedHashMap<>();
                Map<String, long[]> cpu = new LinkedHashMap<>();
                Map<String, long[]> serverCpu = new LinkedHashMap<>();
                shapes.keySet().forEach(name -> nanos.put(name, new long[iterations]));
                shapes.keySet().forEach(name -> cpu.put(name, new long[iterations]));
                shapes.keySet().forEach(name -> serverCpu.put(name, new long[iterations]));
                boolean measureServer = backend.equals("postgres") && server.available();
                for (int i = -iterations / 4; i < iterations; i++) {
                    for (Map.Entry<String, RunStatsQuery> shape : shapes.entrySet()) {
                        long serverStart = measureServer ? server.nanos() : 0;
                        long cpuStart = threads.getCurrentThreadCpuTime();
                        long start = System.nanoTime();
                        runtime.runRecorder().stats(shape.getValue());
                        long took = System.nanoTime() - start;
                        if (i >= 0) {
                            nanos.get(shape.getKey())[i] = took;
                            cpu.get(shape.getKey())[i] = threads.getCurrentThreadCpuTime() - cpuStart;
                            serverCpu.get(shape.getKey())[i] = measureServer ? server.nanos() - serverStart : 0;
                        }
                    }
                }
                nanos.forEach((name, times) -> {
                    Arrays.sort(times);
                    long[] cpuTimes = cpu.get(name);
                    Arrays.sort(cpuTimes);
                    long[] serverTimes = serverCpu.get(name);
                    Arrays.sort(serverTimes);
                    String serverColumns = measureServer ? String.format("%.1f,%.1f", rank(serverTimes, 50), rank(serverTimes, 99)) : ",";
                    System.out.printf("%s,%s,%.1f,%.1f,%.1f,%.1f,%.1f,%s%n", backend, name, rank(times, 50), rank(times, 99),
                            times[times.length - 1] / 1e6, rank(cpuTimes, 50), rank(cpuTimes, 99), serverColumns);
                });
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    /**
     * PostgreSQL: {@code VACUUM ANALYZE}, which autovacuum does on a live server (since PostgreSQL 13
     * also after inserts alone) but perhaps not yet right after a bulk import, so that the plans timed
     * are those of a store in use: with statistics, and with the visibility map set so that an
     * index-only scan need not visit the table (checked, and said on standard error). SQLite is left as
     * the product leaves it (it never runs {@code ANALYZE}). With {@code -Drunledger.bench.index}, that
     * statement first.
     */
    private static void afterSeeding(String backend, String url) {
        String index = System.getProperty("runledger.bench.index", "");
        if (backend.equals("json") || (index.isEmpty() && backend.equals("sqlite"))) {
            return;
        }
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(url);
             java.sql.Statement statement = connection.createStatement()) {
            if (!index.isEmpty()) {
                statement.execute(index);
            }
            if (backend.equals("postgres")) {
                // The harness's server commits asynchronously: VACUUM marks a page all-visible only once the
                // commit of its rows is flushed, so a synchronous commit (ANALYZE's) flushes the import's first.
                statement.execute("SET synchronous_commit = on");
                statement.execute("ANALYZE");
                statement.execute("VACUUM");
                reportVisibility(statement);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Says on standard error how much of the tables an index-only scan may read without visiting them. */
    private static void reportVisibility(java.sql.Statement statement) throws java.sql.SQLException {
        try (java.sql.ResultSet rows = statement.executeQuery("SELECT relname, relallvisible, relpages FROM pg_class"
                + " WHERE relname IN ('runs', 'run_labels') AND relnamespace = current_schema()::regnamespace ORDER BY relname")) {
            while (rows.next()) {
                System.err.printf("postgres: %s has %d of %d pages all-visible%n", rows.getString(1), rows.getInt(2), rows.getInt(3));
            }
        }
    }

    /** The nearest-rank percentile in milliseconds, as the stats themselves define it. */
    private static double rank(long[] sorted, int p) {
        return sorted[(int) ((p * (long) sorted.length + 99) / 100) - 1] / 1e6;
    }

    private static Map<String, RunStatsQuery> shapes() {
        Instant end = START.plusNanos(SPAN_MICROS * 1_000);
        Map<String, RunStatsQuery> shapes = new LinkedHashMap<>();
        shapes.put("all_30d_by_team", new RunStatsQuery(START, end, Optional.empty(), Optional.empty(), Optional.of("team"), 500));
        shapes.put("all_30d_overall", new RunStatsQuery(START, end, Optional.empty(), Optional.empty(), Optional.empty(), 500));
        shapes.put("team_data_failed_30d", new RunStatsQuery(START, end, Optional.of(RunStatus.FAILED),
                Optional.of(new Label("team", "data")), Optional.empty(), 500));
        shapes.put("last_24h_by_team", new RunStatsQuery(end.minusSeconds(86_400), end, Optional.empty(), Optional.empty(),
                Optional.of("team"), 500));
        return shapes;
    }

    /** {@code runs} runs in id order (the order an import needs), created evenly over 30 days, two labels each. */
    static Iterator<LedgerRecord> seed(int runs) {
        Random random = new Random(42);
        return IntStream.range(0, runs).<LedgerRecord>mapToObj(i -> {
            Instant created = START.plusNanos(SPAN_MICROS / runs * i * 1_000);
            int roll = random.nextInt(100);
            RunStatus status = roll < 2 ? RunStatus.RUNNING : roll < 12 ? RunStatus.FAILED : roll < 15 ? RunStatus.CANCELLED
                    : RunStatus.SUCCEEDED;
            Optional<Instant> finished = status == RunStatus.RUNNING ? Optional.empty()
                    : Optional.of(created.plusNanos((1_000_000L + (long) (Math.exp(random.nextDouble() * 8) * 1_000_000)) * 1_000));
            return new Run(new RunId(String.format("run-%07d", i)), created, CanonicalJson.EMPTY_OBJECT, Optional.empty(),
                    Optional.empty(), status, finished, Map.of("team", TEAMS[i % TEAMS.length], "env", i % 3 == 0 ? "prod" : "ci"));
        }).iterator();
    }
}
