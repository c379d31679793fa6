package io.runledger.cli;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several runledger processes migrating one fresh store at the same moment: the OS lock beside the
 * SQLite database (or PostgreSQL's advisory lock) serializes them, each version is applied exactly
 * once, and the store is intact; and a migrator killed with SIGKILL inside V3 (it reports that it is
 * there, holding the lock) leaves version 2 whole.
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
        try (var in = MigrationProcessesTest.class.getResourceAsStream("/fixtures/v2-store.sqlite")) {
            Files.copy(in, store);
        }
        Path log = dir.resolve("killed.log");
        Path marker = dir.resolve("inside-migration.reached");
        // storage-sql's test-only crash point: the child writes the marker from inside V3's transaction
        // (V3's statements ran, nothing is committed) and waits there to be killed.
        Process migrator = ChildCli.start(dir, log, List.of("-Drunledger.test.crash-point=inside-migration",
                "-Drunledger.test.crash-point.marker=" + marker), "--state", store.toString(), "db", "migrate");
        Path lockFile = dir.resolve("v2.sqlite.lock");
        String holder = "pid " + migrator.pid() + " ";
        await("the migrator reports that it is inside V3").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(10))
                .failFast("the migrator ended before V3", () -> assertTrue(migrator.isAlive(), () -> ChildCli.output(log)))
                .until(() -> Files.exists(marker));
        assertEquals("pid " + migrator.pid() + " at inside-migration", Files.readString(marker).strip());
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

    /** The versions the shipped migrations bring, 1 to the head, as the history lists them. */
    private List<String> shippedVersions() {
        return IntStream.rangeClosed(1, new Cli(dir).schemaHead()).mapToObj(Integer::toString).toList();
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
