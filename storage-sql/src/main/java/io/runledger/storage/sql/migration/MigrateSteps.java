package io.runledger.storage.sql.migration;

import io.runledger.storage.api.Migration;
import io.runledger.storage.api.StoreStatus;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * What one SQL backend brings to {@link GuardedMigrate}: how it reads its status, which lock keeps
 * other migrators out, what it checks before changing anything, how it applies the pending
 * migrations, and where the {@code meta} rows go. The order in which they run is not theirs to choose.
 */
public interface MigrateSteps {
    /** The store's status, read afresh; called before the lock and again under it. */
    StoreStatus status() throws SQLException;

    /**
     * Takes the backend's migration lock, waiting at most its lock timeout; raises
     * {@code store_locked} naming the holder when the wait runs out.
     */
    Held lock() throws SQLException;

    /**
     * Under the lock, before anything is applied: refuses a store that is not Runledger's own (foreign
     * tables in a store about to be created) or that is damaged, and notes what it must remember.
     */
    void preflight(StoreStatus current) throws SQLException;

    /** Applies the pending migrations (Flyway), returning those applied, oldest first. */
    List<Migration> applyPending() throws SQLException;

    /** A connection on which the {@code meta} rows are written (the caller closes it). */
    Connection metaConnection() throws SQLException;

    /** A migration lock being held; released exactly once, by {@link GuardedMigrate}. */
    @FunctionalInterface
    interface Held {
        /** Lets the next migrator in; never fails (a dropped connection or file releases it too). */
        void release();
    }
}
