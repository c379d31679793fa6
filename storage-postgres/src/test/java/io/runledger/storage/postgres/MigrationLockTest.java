package io.runledger.storage.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.sql.migration.ShippedMigrations;
import io.runledger.storage.api.MigrationReport;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreSpec;
import io.runledger.storage.tck.LockWaiters;
import io.runledger.storage.tck.Reasons;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Migrations of one store are serialized across processes by an advisory lock, with a bounded wait. */
class MigrationLockTest {
    /** Flyway's own advisory lock key for the history table in schema public (PostgreSQLAdvisoryLockTemplate). */
    private static final long FLYWAY_KEY = 77431708279161L + "\"public\".\"flyway_schema_history\"".hashCode();

    private final Databases databases = new Databases();

    @AfterEach
    void drop() {
        databases.close();
    }

    @Test
    void migrateWaitsBoundedForRunledgersLockThenRefusesAsStoreLockedWritingNothing() throws Exception {
        StoreSpec spec = databases.fresh(Map.of("lock_timeout_ms", "300"));
        try (Connection other = databases.connectToLast();
             PreparedStatement hold = other.prepareStatement("SELECT pg_advisory_lock(?, ?)")) {
            hold.setInt(1, AdvisoryLock.RUNLEDGER_MIGRATION);
            hold.setInt(2, AdvisoryLock.keyOf("public"));
            hold.execute();

            long start = System.nanoTime();
            var failure = Reasons.assertFailsWith(ReasonCode.STORE_LOCKED, () -> Databases.PROVIDER.admin(spec).migrate(false));
            long waitedMs = (System.nanoTime() - start) / 1_000_000;

            assertTrue(waitedMs >= 250 && waitedMs < 5_000, "waited " + waitedMs + " ms");
            assertTrue(failure.getMessage().contains("advisory lock"), failure.getMessage());
            assertTrue(failure.getMessage().contains("held by backend pid " + backendPid(other) + " from "),
                    failure.getMessage());
            assertEquals(0, tables(other));
        }
        assertEquals(ShippedMigrations.head(), Databases.PROVIDER.admin(spec).migrate(false).toVersion());
    }

    @Test
    void aWaitingMigratorWritesNothingUntilTheHolderReleasesTheLockThenMigrates() throws Exception {
        StoreSpec spec = databases.fresh(Map.of("lock_timeout_ms", "60000"));
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection other = databases.connectToLast()) {
            Future<MigrationReport> migrated;
            try (PreparedStatement hold = other.prepareStatement("SELECT pg_advisory_lock(?, ?)")) {
                hold.setInt(1, AdvisoryLock.RUNLEDGER_MIGRATION);
                hold.setInt(2, AdvisoryLock.keyOf("public"));
                hold.execute();
            }
            migrated = LockWaiters.startedAndWaiting(pool, () -> Databases.PROVIDER.admin(spec).migrate(false));
            assertEquals(0, tables(other), "nothing is written while the migrator waits");
            try (PreparedStatement release = other.prepareStatement("SELECT pg_advisory_unlock(?, ?)")) {
                release.setInt(1, AdvisoryLock.RUNLEDGER_MIGRATION);
                release.setInt(2, AdvisoryLock.keyOf("public"));
                release.execute();
            }
            assertEquals(ShippedMigrations.head(), migrated.get(60, TimeUnit.SECONDS).toVersion(), "the lock released, the waiter migrates");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anotherToolHoldingFlywaysOwnLockIsStoreLockedAfterTheWait() throws Exception {
        StoreSpec spec = databases.fresh(Map.of("lock_timeout_ms", "1000"));
        try (Connection other = databases.connectToLast();
             PreparedStatement hold = other.prepareStatement("SELECT pg_advisory_lock(?)")) {
            hold.setLong(1, FLYWAY_KEY);
            hold.execute();

            var failure = Reasons.assertFailsWith(ReasonCode.STORE_LOCKED, () -> Databases.PROVIDER.admin(spec).migrate(false));

            assertTrue(failure.getMessage().contains("Flyway's migration lock"), failure.getMessage());
            assertEquals(0, applied(other), "no migration may be applied while Flyway's lock is held elsewhere");
        }
        assertEquals(ShippedMigrations.head(), Databases.PROVIDER.admin(spec).status().schemaHead());
        Databases.PROVIDER.admin(spec).migrate(false);
        assertTrue(Databases.PROVIDER.admin(spec).status().atHead());
    }

    @Test
    void concurrentMigrationsFromSeveralStoresApplyEachVersionOnce() throws Exception {
        StoreSpec spec = databases.fresh(Map.of("lock_timeout_ms", "60000"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<MigrationReport>> migrators = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                migrators.add(() -> Databases.PROVIDER.admin(spec).migrate(false));
            }
            int applied = 0;
            for (Future<MigrationReport> report : pool.invokeAll(migrators)) {
                applied += report.get().applied().size();
            }
            assertEquals(ShippedMigrations.all().size(), applied);
        } finally {
            pool.shutdownNow();
        }
        try (Connection connection = databases.connectToLast();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT version, count(*) FROM flyway_schema_history"
                     + " WHERE version IS NOT NULL GROUP BY version ORDER BY version")) {
            List<String> versions = new ArrayList<>();
            while (rows.next()) {
                versions.add(rows.getString(1) + "x" + rows.getInt(2));
            }
            assertEquals(ShippedMigrations.all().stream().map(m -> m.version() + "x1").toList(), versions);
        }
    }

    private static int tables(Connection connection) throws Exception {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static int applied(Connection connection) throws Exception {
        try (Statement statement = connection.createStatement();
             ResultSet exists = statement.executeQuery("SELECT to_regclass('public.flyway_schema_history') IS NOT NULL")) {
            exists.next();
            if (!exists.getBoolean(1)) {
                return 0;
            }
        }
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM flyway_schema_history WHERE version IS NOT NULL")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static int backendPid(Connection connection) throws Exception {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT pg_backend_pid()")) {
            row.next();
            return row.getInt(1);
        }
    }
}
