package io.runledger.storage.sqlite;

import static io.runledger.storage.tck.TestMigrationFolders.SLOW_FILL;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.Migration;
import io.runledger.storage.api.StoreOptions;
import io.runledger.storage.api.StoreSpec;
import io.runledger.storage.sql.migration.ShippedMigrations;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed with SIGKILL while a migration runs leaves the store at the previous version with
 * no failed history row, and the next migration succeeds. The kill is pinned inside the slow test-only version: the child
 * holds the migration lock and its uncommitted rows have begun spilling into the WAL file (the shipped versions
 * are already applied and the preflight writes nothing).
 */
class MigrationCrashTest {
    private static final long WAL_BYTES_INSIDE_SLOW_VERSION = 4L << 20;

    @TempDir
    Path dir;

    @Test
    void aMigrationKilledInsideTheSlowVersionLeavesTheShippedHeadAndTheRerunSucceeds() throws Exception {
        Path db = dir.resolve("state.sqlite");
        StoreSpec spec = Samples.spec(db);
        Samples.PROVIDER.admin(spec).migrate(false);
        try (var store = Samples.PROVIDER.open(spec)) {
            store.runs().create(Samples.run("r1"));
        }

        Process child = childMigrating(db);
        try {
            waitUntilInsideTheSlowVersion(child, db);
            assertTrue(child.isAlive(), "the child was still migrating when killed");
        } finally {
            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        assertEquals(137, child.exitValue(), "killed by SIGKILL");

        var slow = new SqliteStorageProvider(TestMigrationSets.SLOW);
        assertEquals(ShippedMigrations.head(), slow.admin(spec).status().schemaVersion());
        assertEquals(0, count(db, "SELECT COUNT(*) FROM flyway_schema_history WHERE success = 0"), "no failed row");
        assertEquals(0, count(db, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'slow_fill'"), "the slow version left nothing");

        var report = slow.admin(spec).migrate(false);
        assertEquals(List.of(SLOW_FILL), report.applied().stream().map(Migration::version).toList());
        assertEquals(SLOW_FILL, slow.admin(spec).status().schemaVersion());
        assertTrue(slow.admin(spec).check().stream().allMatch(c -> c.ok()), "checks pass after the rerun");
        try (var store = slow.open(spec)) {
            assertTrue(store.runs().find(Samples.run("r1").runId()).isPresent());
        }
    }

    private static Process childMigrating(Path db) throws Exception {
        String classPath = Stream.of(System.getProperty("java.class.path", ""), System.getProperty("jdk.module.path", ""))
                .filter(p -> !p.isEmpty())
                .reduce((a, b) -> a + File.pathSeparator + b)
                .orElseThrow();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "-cp", classPath, MigratingChild.class.getName(), db.toString(), "slow")
                .redirectErrorStream(true)
                .redirectOutput(db.resolveSibling("child.log").toFile())
                .start();
    }

    private static void waitUntilInsideTheSlowVersion(Process child, Path db) {
        Path lock = db.resolveSibling(db.getFileName() + ".lock");
        Path wal = db.resolveSibling(db.getFileName() + "-wal");
        await("the child reaches the slow version").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(5))
                .failFast("the child ended before the slow version", () -> assertTrue(child.isAlive(), () -> childLog(db)))
                .until(() -> holdsLock(lock) && Files.exists(wal) && Files.size(wal) > WAL_BYTES_INSIDE_SLOW_VERSION);
    }

    private static boolean holdsLock(Path lock) throws Exception {
        return Files.exists(lock) && Files.readString(lock).startsWith("pid ");
    }

    private static String childLog(Path db) {
        try {
            return Files.readString(db.resolveSibling("child.log"));
        } catch (IOException e) {
            return "(no child log: " + e + ")";
        }
    }

    private static long count(Path db, String sql) throws Exception {
        try (Connection connection = SqliteDataSources.reader(SqliteFile.at(db.toString()), SqliteOptions.from(new StoreOptions(SqliteStorageProvider.ID, Map.of())))
                .getConnection(); Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
