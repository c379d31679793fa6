package io.runledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several runledger processes migrating one fresh store at the same moment: the OS lock beside the
 * SQLite database (or PostgreSQL's advisory lock) serializes them, each version is applied exactly
 * once, and the store is intact; and a migrator killed with SIGKILL leaves a whole version.
 */
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

        long migrated = logs.stream().filter(log -> read(log).contains("Migrated")).count();
        assertEquals(1, migrated, "exactly one process applies the migrations; the others find nothing to do");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + store);
             Statement statement = connection.createStatement()) {
            assertEquals(List.of("1", "2", "3"), column(statement,
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

            long migrated = logs.stream().filter(log -> read(log).contains("Migrated")).count();
            assertEquals(1, migrated, "exactly one process applies the migrations; the others find nothing to do");
            assertEquals(List.of("1", "2", "3"), databases.column(database,
                    "SELECT version FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank"));
            assertEquals(List.of("0"), databases.column(database, "SELECT count(*) FROM flyway_schema_history WHERE NOT success"));
            assertEquals(0, new Cli(dir).run("--backend", "postgres", "--state", databases.url(database), "db", "check")
                    .exitCode());
        }
    }

    @Test
    void aMigratorKilledWithSigkillWhileHoldingTheLockLeavesAWholeVersionAndRerunningSucceeds() throws Exception {
        Path store = dir.resolve("big.sqlite");
        try (var in = MigrationProcessesTest.class.getResourceAsStream("/fixtures/v2-store.sqlite")) {
            Files.copy(in, store);
        }
        // Enough runs that the preflight and V3's CHECK and index over runs take a noticeable time.
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + store);
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300000)"
                    + " INSERT INTO runs (run_id, created_at, args) SELECT 'bulk-' || i, i, '{}' FROM n");
        }
        Path log = dir.resolve("killed.log");
        Process migrator = ChildCli.start(dir, log, List.of(), "--state", store.toString(), "db", "migrate");
        Path lockFile = dir.resolve("big.sqlite.lock");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!(Files.exists(lockFile) && Files.readString(lockFile).startsWith("pid " + migrator.pid() + " "))) {
            assertTrue(migrator.isAlive() && System.nanoTime() < deadline, "the migrator never took the lock: " + read(log));
            Thread.sleep(5);
        }
        // About 1 s passes from taking the lock to exiting on this store: preflight, Flyway, V3. Kill in the middle.
        Thread.sleep(300);
        migrator.destroyForcibly();
        assertTrue(migrator.waitFor(30, TimeUnit.SECONDS));

        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + store);
             Statement statement = connection.createStatement()) {
            String version = column(statement, "SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history"
                    + " WHERE success = 1").get(0);
            assertTrue(version.equals("2") || version.equals("3"), "a whole version, not a partial one: " + version);
            assertEquals(List.of("0"), column(statement, "SELECT count(*) FROM flyway_schema_history WHERE success = 0"));
        }
        Cli.Result rerun = new Cli(dir).run("--state", store.toString(), "db", "migrate", "--lock-timeout", "5000");
        assertEquals(0, rerun.exitCode(), rerun.toString());
        assertTrue(new Cli(dir).run("--state", store.toString(), "db", "status").out().contains("schema_version  3"));
        assertEquals(0, new Cli(dir).run("--state", store.toString(), "db", "check").exitCode());
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

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
