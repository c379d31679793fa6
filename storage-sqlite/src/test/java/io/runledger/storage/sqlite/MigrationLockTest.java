package io.runledger.storage.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.sql.migration.ShippedMigrations;
import io.runledger.storage.api.MigrationReport;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.StoreOptions;
import io.runledger.storage.support.LockFile;
import io.runledger.storage.tck.LockWaiters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Migrations of one file are serialized by an OS lock on {@code <file>.lock} (the lock itself: storage-support's LockFileTest). */
class MigrationLockTest {
    @TempDir
    Path dir;

    @Test
    void migrateWaitsBoundedForTheLockThenRefusesAsStoreLockedNamingTheHolder() throws Exception {
        Path file = dir.resolve("state.sqlite");
        Path lockFile = dir.resolve("state.sqlite.lock");
        var spec = Samples.spec(file, Map.of("lock_timeout_ms", "300"));

        try (LockFile held = LockFile.acquire(lockFile, 1_000, "another test holds it")) {
            long start = System.nanoTime();
            StoreException e = assertThrows(StoreException.class, () -> Samples.PROVIDER.admin(spec).migrate(false));
            long waitedMs = (System.nanoTime() - start) / 1_000_000;

            assertEquals(ReasonCode.STORE_LOCKED, e.reason());
            assertTrue(e.getMessage().contains(lockFile.toString()), e.getMessage());
            assertTrue(e.getMessage().contains("pid " + ProcessHandle.current().pid() + " on "), e.getMessage());
            assertTrue(e.getMessage().contains(" since "), e.getMessage());
            assertTrue(waitedMs >= 250 && waitedMs < 5_000, "waited " + waitedMs + " ms");
            assertFalse(Files.exists(file));
            assertTrue(LockFile.holder(lockFile).orElseThrow().startsWith("held by this process"),
                    "the refused attempt must not drop the held lock " + held);
            assertTrue(Files.readString(lockFile).startsWith("pid " + ProcessHandle.current().pid()));
        }

        assertTrue(LockFile.holder(lockFile).isEmpty());
        assertEquals(ShippedMigrations.head(), Samples.PROVIDER.admin(spec).migrate(false).toVersion());
    }

    @Test
    void aWaitingMigratorWritesNothingUntilTheHolderReleasesTheLockThenMigrates() throws Exception {
        Path file = dir.resolve("state.sqlite");
        Path lockFile = dir.resolve("state.sqlite.lock");
        var spec = Samples.spec(file, Map.of("lock_timeout_ms", "60000"));
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<MigrationReport> migrated;
            try (LockFile held = LockFile.acquire(lockFile, 1_000, "another test holds it")) {
                migrated = LockWaiters.startedAndWaiting(pool, () -> Samples.PROVIDER.admin(spec).migrate(false));
                assertFalse(Files.exists(file), "nothing is written while the migrator waits: " + held);
            }
            assertEquals(ShippedMigrations.head(), migrated.get(60, TimeUnit.SECONDS).toVersion(), "the lock released, the waiter migrates");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentMigrationsApplyEachMigrationOnce() throws Exception {
        var spec = Samples.spec(dir.resolve("state.sqlite"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<MigrationReport>> tasks = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                tasks.add(() -> Samples.PROVIDER.admin(spec).migrate(false));
            }
            int applied = 0;
            for (Future<MigrationReport> report : pool.invokeAll(tasks)) {
                applied += report.get().applied().size();
            }
            assertEquals(ShippedMigrations.all().size(), applied);
            assertEquals(ShippedMigrations.all().size(), appliedRows(dir.resolve("state.sqlite")));
        } finally {
            pool.shutdownNow();
        }
        assertEquals(ShippedMigrations.head(), Samples.PROVIDER.admin(spec).status().schemaVersion());
    }

    private static int appliedRows(Path file) throws Exception {
        try (var connection = SqliteDataSources.reader(new SqliteFile(file), SqliteOptions.from(new StoreOptions(SqliteStorageProvider.ID, Map.of()))).getConnection();
             var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT count(*) FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
