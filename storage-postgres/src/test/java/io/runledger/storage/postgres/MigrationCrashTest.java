package io.runledger.storage.postgres;

import static io.runledger.storage.tck.TestMigrationFolders.SLOW_FILL;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.Migration;
import io.runledger.storage.api.StoreSpec;
import io.runledger.storage.sql.migration.ShippedMigrations;
import io.runledger.storage.tck.Records;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed with SIGKILL while a PostgreSQL migration runs: the store stays at the previous
 * version with no failed history row, the server ends the dead process's sessions on its own (its
 * advisory locks go with them, so the next migrator does not wait for it), and the next migration
 * succeeds. The kill is pinned inside the test-only slow version: the child holds Runledger's migration
 * lock and the server is running its INSERT for it.
 */
class MigrationCrashTest {
    private final Databases databases = new Databases();

    @TempDir
    Path dir;

    @AfterEach
    void drop() {
        databases.close();
    }

    @Test
    void aMigrationKilledInsideTheSlowVersionLeavesTheShippedHeadTheServerReleasesItsLocksAndTheRerunSucceeds() throws Exception {
        StoreSpec spec = databases.fresh();
        Databases.PROVIDER.admin(spec).migrate(false);
        try (var store = Databases.PROVIDER.open(spec)) {
            store.runs().create(Records.run("r1"));
        }

        Process child = childMigrating(spec.location());
        List<Integer> childBackends;
        try (Connection observer = databases.connectToLast()) {
            try {
                childBackends = waitUntilInsideTheSlowVersion(child, observer);
                assertTrue(child.isAlive(), "the child was still migrating when killed");
            } finally {
                child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            assertEquals(137, child.exitValue(), "killed by SIGKILL");
            long killed = System.nanoTime();
            waitUntilGone(observer, childBackends);
            long goneMs = (System.nanoTime() - killed) / 1_000_000;
            System.out.println("figure: the dead migrator's sessions ended " + goneMs + " ms after SIGKILL");
            assertTrue(goneMs < 5_000, "the server ended the dead sessions after " + goneMs + " ms");
            assertEquals(0, count(observer, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"),
                    "no advisory lock outlives the dead process");

            var slow = new PostgresStorageProvider(TestMigrationSets.SLOW);
            assertEquals(ShippedMigrations.head(), slow.admin(spec).status().schemaVersion());
            assertEquals(0, count(observer, "SELECT count(*) FROM flyway_schema_history WHERE NOT success"), "no failed row");
            assertEquals(0, count(observer, "SELECT count(*) FROM pg_tables WHERE tablename = 'slow_fill'"), "the slow version left nothing");

            long rerun = System.nanoTime();
            var report = new PostgresStorageProvider(TestMigrationSets.SLOW)
                    .admin(new StoreSpec(spec.location(), Map.of("lock_timeout_ms", "2000"))).migrate(false);
            System.out.println("figure: the rerun applied the slow version in " + (System.nanoTime() - rerun) / 1_000_000 + " ms");
            assertEquals(List.of(SLOW_FILL), report.applied().stream().map(Migration::version).toList());
            assertEquals(SLOW_FILL, slow.admin(spec).status().schemaVersion());
            assertTrue(slow.admin(spec).check().stream().allMatch(c -> c.ok()), "checks pass after the rerun");
            try (var store = slow.open(spec)) {
                assertEquals(Optional.of(Records.run("r1")), store.runs().find(Records.runId("r1")));
            }
        }
    }

    private Process childMigrating(String url) throws Exception {
        String classPath = Stream.of(System.getProperty("java.class.path", ""), System.getProperty("jdk.module.path", ""))
                .filter(p -> !p.isEmpty())
                .reduce((a, b) -> a + File.pathSeparator + b)
                .orElseThrow();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "-cp", classPath, MigratingChild.class.getName(), url, "slow")
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile())
                .start();
    }

    /** The backends of the child: the one holding Runledger's migration lock and the one running its INSERT. */
    private List<Integer> waitUntilInsideTheSlowVersion(Process child, Connection observer) {
        return await("the child reaches the slow version").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(5)).pollInSameThread()
                .failFast("the child ended before the slow version", () -> assertTrue(child.isAlive(), this::childLog))
                .until(() -> backendsInsideTheSlowVersion(observer), backends -> !backends.isEmpty());
    }

    /** Both backends once the child is inside the slow version, else none. */
    private static List<Integer> backendsInsideTheSlowVersion(Connection observer) throws Exception {
        Optional<Integer> inserting = pid(observer, "SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
                + " AND state = 'active' AND query LIKE '%INSERT INTO slow_fill%' AND pid <> pg_backend_pid()");
        Optional<Integer> locking = pid(observer, "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted"
                + " AND objsubid = 2 AND classid::bigint = " + Integer.toUnsignedLong(AdvisoryLock.RUNLEDGER_MIGRATION));
        return inserting.isPresent() && locking.isPresent() ? List.of(locking.get(), inserting.get()) : List.of();
    }

    private static void waitUntilGone(Connection observer, List<Integer> backends) {
        await("the dead child's backends " + backends + " end").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(10))
                .pollInSameThread().until(() -> liveBackends(observer, backends) == 0);
    }

    private static int liveBackends(Connection observer, List<Integer> backends) throws Exception {
        try (PreparedStatement statement = observer.prepareStatement("SELECT count(*) FROM pg_stat_activity WHERE pid = ANY (?)")) {
            statement.setArray(1, observer.createArrayOf("int4", backends.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private String childLog() {
        try {
            return Files.readString(dir.resolve("child.log"));
        } catch (IOException e) {
            return "(no child log: " + e + ")";
        }
    }

    private static Optional<Integer> pid(Connection connection, String sql) throws Exception {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? Optional.of(rows.getInt(1)) : Optional.empty();
        }
    }

    private static long count(Connection connection, String sql) throws Exception {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
