package io.runledger.storage.sql.migration;

import io.runledger.storage.api.StoreStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The schema versions an open store may still write (SPEC S3), checked inside every write transaction:
 * the version applied in Flyway's history is at most this binary's head, or above it with a recorded
 * compatibility floor at or below the head. A later binary beside this process may migrate the store
 * at any time; checking inside the transaction, once the transaction is serialised against that
 * migration, makes the check exact rather than a second stale: on SQLite the transaction already holds
 * the database's write lock, which every migration transaction needs too; on PostgreSQL it first takes
 * {@code versionRowLock} (a share lock) on meta's {@code schema_version} row, which the migration's
 * meta update waits for, so in-flight writes commit before a migration completes and later ones see it.
 *
 * @param historyTable   Flyway's history table as this connection names it (schema-qualified on a server)
 * @param metaTable      the {@code meta} table as this connection names it
 * @param versionRowLock the row-locking clause appended to the read of {@code schema_version}, if the
 *                       database needs one (e.g. {@code FOR SHARE})
 * @param status         the status this binary gives a store at an applied version with a recorded floor
 */
public record SchemaWindow(String historyTable, String metaTable, Optional<String> versionRowLock, VersionStatus status) {
    /** How the binary judges a store at {@code version} whose meta records {@code floor}. */
    @FunctionalInterface
    public interface VersionStatus {
        StoreStatus of(int version, OptionalInt floor);
    }

    /**
     * Raises {@code schema_newer_than_binary} when the store, as this transaction sees it, was migrated
     * beyond what this binary may write; call it first in the transaction (after a claimed write lock).
     */
    public void require(Connection connection) throws SQLException {
        if (versionRowLock.isPresent()) {
            try (PreparedStatement lock = connection.prepareStatement("SELECT value FROM " + metaTable
                    + " WHERE name = 'schema_version' " + versionRowLock.get())) {
                // Holding the row lock until commit is the point; the value is read with the floor below.
                lock.executeQuery().close();
            }
        }
        check(connection);
    }

    /** As {@link #require(Connection)} without taking a lock: for reads, which change nothing. */
    public void check(Connection connection) throws SQLException {
        int version = SchemaHistory.highest(connection, historyTable);
        status.of(version, MetaRows.compatibleFloor(connection, metaTable, version)).requireNotNewer();
    }
}
