package io.runledger.cli;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several runledger processes migrating one fresh store at the same moment: the OS lock beside the
 * SQLite database (or PostgreSQL's advisory lock) serializes them, each version is applied exactly
 * once, and the store is intact; and a migrator killed with SIGKILL inside V3 (it reports that it is
 * there, holding the lock) leaves version 2 whole; one killed after Flyway committed and before
 * {@code meta} recorded it is repaired by the next write command or {@code serve}.
 */
@LaunchesPackagedCli
class MigrationProcessesTest {
    private static final int PROCESSES = 3;

    @TempDir
    Path dir;

    @Test
    void concurrentMigratorsInSeparateJvmsApplyEachVersionOnceAndLeaveTheStoreIntact() throws Exception {
        Path store = dir.resolve("shared/state.sqlite");
        List<Process> processes = new ArrayList<>();
        List<Path> logs = new ArrayList<>();
        for (int i = 0; i < PROCESSES; i++) {
            Path log = dir.resolve("migrate-" + i + ".log");
            logs.add(log);
            processes.add(ChildCli.start(dir, log, List.of(), "--state", store.toString(), "db", "migrate",
                    "--lock-timeout", "60000"));
        }
        for (int i = 0; i < PROCESSES; i++) {
            assertTrue(processes.get(i).waitFor(120, TimeUnit.SECONDS), "migrator " + i + " did not finish");
            assertEquals(0, processes.get(i).exitValue(), Files.readString(logs.get(i)));
        }

        long migrated = logs.stream().filter(log -> ChildCli.output(log).contains("Migrated")).count();
        assertEquals(1, migrated, "exactly one process applies the migrations; the others find nothing to do");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + store);
             Statement statement = connection.createStatement()) {
            assertEquals(shippedVersions(), column(statement,
                    "SELECT version FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank"));
            assertEquals(List.of("0"), column(statement, "SELECT count(*) FROM flyway_schema_history WHERE success = 0"));
            assertEquals(List.of("ok"), column(statement, "PRAGMA integrity_check"));
        }
        assertEquals(0, new Cli(dir).run("--state", store.toString(), "db", "check").exitCode());
    }

    @Test
    void concurrentMigratorsInSeparateJvmsOnPostgresApplyEachVersionOnce() throws Exception {
        try (PostgresDatabases databases = new PostgresDatabases()) {
            String database = databases.fresh();
            List<Process> processes = new ArrayList<>();
            List<Path> logs = new ArrayList<>();
            for (int i = 0; i < PROCESSES; i++) {
                Path log = dir.resolve("pg-migrate-" + i + ".log");
                logs.add(log);
                processes.add(ChildCli.start(dir, log, List.of(), "--backend", "postgres", "--state",
                        databases.url(database), "db", "migrate", "--lock-timeout", "60000"));
            }
            for (int i = 0; i < PROCESSES; i++) {
                assertTrue(processes.get(i).waitFor(120, TimeUnit.SECONDS), "migrator " + i + " did not finish");
                assertEquals(0, processes.get(i).exitValue(), Files.readString(logs.get(i)));
            }

            long migrated = logs.stream().filter(log -> ChildCli.output(log).contains("Migrated")).count();
            assertEquals(1, migrated, "exactly one process applies the migrations; the others find nothing to do");
            assertEquals(shippedVersions(), databases.column(database,
                    "SELECT version FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank"));
            assertEquals(List.of("0"), databases.column(database, "SELECT count(*) FROM flyway_schema_history WHERE NOT success"));
            assertEquals(0, new Cli(dir).run("--backend", "postgres", "--state", databases.url(database), "db", "check")
                    .exitCode());
        }
    }

    @Test
    void aMigratorKilledWithSigkillInsideV3LeavesVersion2WholeAndRerunningSucceeds() throws Exception {
        Path store = dir.resolve("v2.sqlite");
        Path log = dir.resolve("killed.log");
        // storage-sql's test-only crash point: the child writes the marker from inside V3's transaction
        // (V3's statements ran, nothing is committed) and waits there to be killed.
        Process migrator = migratorWaitingAt("inside-migration", store, log);
        Path lockFile = dir.resolve("v2.sqlite.lock");
        String holder = "pid " + migrator.pid() + " ";
        assertTrue(holds(lockFile, holder), "the migrator inside V3 holds the migration lock");
        migrator.destroyForcibly();
        assertTrue(migrator.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, migrator.exitValue(), "killed by SIGKILL, not finished: " + ChildCli.output(log));
        assertTrue(holds(lockFile, holder), "the migrator died holding the lock (it clears its line on release)");

        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + store);
             Statement statement = connection.createStatement()) {
            assertEquals(List.of("2"), column(statement, "SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history"
                    + " WHERE success = 1"), "V3 had not committed: the migrator died inside it");
            assertEquals(List.of("0"), column(statement, "SELECT count(*) FROM flyway_schema_history WHERE success = 0"));
            assertEquals(List.of("0"), column(statement, "SELECT count(*) FROM sqlite_master WHERE name IN"
                    + " ('run_labels', 'run_labels_name_value', 'runs_status')"), "nothing of V3 is left");
            assertEquals(List.of("0"), column(statement, "SELECT count(*) FROM pragma_table_info('runs')"
                    + " WHERE name IN ('status', 'finished_at')"), "nothing of V3 is left");
        }
        Cli.Result rerun = new Cli(dir).run("--state", store.toString(), "db", "migrate", "--lock-timeout", "5000");
        assertEquals(0, rerun.exitCode(), rerun.toString());
        assertTrue(new Cli(dir).run("--state", store.toString(), "db", "status").out()
                .contains("schema_version  " + new Cli(dir).schemaHead()));
        assertEquals(0, new Cli(dir).run("--state", store.toString(), "db", "check").exitCode());
    }

    @Test
    void aMigratorKilledBetweenFlywayAndMetaIsRepairedByTheNextWriteCommandAndByServe() throws Exception {
        Path store = dir.resolve("v2.sqlite");
        Path log = dir.resolve("killed.log");
        // The child waits once Flyway committed every pending migration, before meta records them.
        Process migrator = migratorWaitingAt("before-meta", store, log);
        migrator.destroyForcibly();
        assertTrue(migrator.waitFor(30, TimeUnit.SECONDS));
        assertEquals(List.of("schema_version=2"), meta(store), "meta still describes V2: the child died before writing it");
        Cli.Result status = new Cli(dir).run("--state", store.toString(), "db", "status");
        int head = new Cli(dir).schemaHead();
        assertTrue(status.out().contains("schema_version  " + head) && status.out().contains("the next write"), status.toString());
        List<String> repaired = meta(migratedStore());
        Path served = dir.resolve("served.sqlite");
        Files.copy(store, served);

        Cli.Result appended = new Cli(dir).runWithInput("{\"level\":\"info\",\"scope\":\"ops\",\"event\":\"noted\","
                + "\"message\":\"after the crash\"}\n", "--state", store.toString(), "audit", "append");

        assertEquals(0, appended.exitCode(), appended.toString());
        assertEquals(repaired, meta(store), "the write command repaired meta: as a store migrated without a crash has it");
        Path serveLog = dir.resolve("serve.log");
        Process serve = ChildCli.start(dir, serveLog, List.of(), "--state", served.toString(), "serve", "--port", "0");
        try {
            await("serve listens").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(20))
                    .failFast("serve ended", () -> assertTrue(serve.isAlive(), () -> ChildCli.output(serveLog)))
                    .until(() -> ChildCli.output(serveLog).contains("serving the sqlite store"));
        } finally {
            serve.destroy();
            assertTrue(serve.waitFor(30, TimeUnit.SECONDS));
        }
        assertTrue(ChildCli.output(serveLog).contains("recorded schema version " + head), ChildCli.output(serveLog));
        assertEquals(repaired, meta(served), "serve repaired meta at start-up");
    }

    /**
     * Upgrades a copy of the schema-2 fixture at {@code store} in a child that stops at storage-sql's
     * test-only crash point {@code point}; returns once the child reported (a marker file with its pid)
     * that it waits there to be killed.
     */
    private Process migratorWaitingAt(String point, Path store, Path log) throws Exception {
        try (var in = MigrationProcessesTest.class.getResourceAsStream("/fixtures/v2-store.sqlite")) {
            Files.copy(in, store);
        }
        Path marker = dir.resolve(point + ".reached");
        Process migrator = ChildCli.start(dir, log, List.of("-Drunledger.test.crash-point=" + point,
                "-Drunledger.test.crash-point.marker=" + marker), "--state", store.toString(), "db", "migrate");
        await("the migrator reports that it is at " + point).atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(10))
                .failFast("the migrator ended first", () -> assertTrue(migrator.isAlive(), () -> ChildCli.output(log)))
                .until(() -> Files.exists(marker));
        assertEquals("pid " + migrator.pid() + " at " + point, Files.readString(marker).strip());
        return migrator;
    }

    /** A store migrated from nothing to the head, without a crash. */
    private Path migratedStore() {
        Path store = dir.resolve("fresh.sqlite");
        assertEquals(0, new Cli(dir).run("--state", store.toString(), "db", "migrate").exitCode());
        return store;
    }

    private static List<String> meta(Path store) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + store);
             Statement statement = connection.createStatement()) {
            return column(statement, "SELECT name || '=' || value FROM meta WHERE name IN ('schema_version', "
                    + "'compatible_floor') ORDER BY name");
        }
    }

    /** The versions the shipped migrations bring, oldest first, as a missing store's pending migrations list them. */
    private List<String> shippedVersions() throws IOException {
        Cli.Result status = new Cli(dir).run("--state", dir.resolve("probe-" + System.nanoTime() + ".sqlite").toString(),
                "db", "status", "--json");
        List<String> versions = new ArrayList<>();
        new ObjectMapper().readTree(status.out()).get("pending").forEach(m -> versions.add(m.get("version").asText()));
        return versions;
    }

    /** Whether the lock file names {@code holder}: a migrator writes its line on taking the lock and clears it on release. */
    private static boolean holds(Path lockFile, String holder) throws IOException {
        return Files.exists(lockFile) && Files.readString(lockFile).startsWith(holder);
    }

    private static List<String> column(Statement statement, String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
