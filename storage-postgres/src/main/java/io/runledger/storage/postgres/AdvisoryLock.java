package io.runledger.storage.postgres;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.support.LockWait;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A session-level advisory lock that serializes migrations of one store (one schema of one
 * database) across processes: held on its own connection, released when closed or when the
 * connection drops (a killed process never leaves it behind). Runledger's key space (the two-integer
 * form) never collides with Flyway's own lock (the bigint form), which Flyway takes inside.
 */
final class AdvisoryLock implements AutoCloseable {
    /** The first key half: "RLmg" (Runledger migration) as an integer. */
    static final int RUNLEDGER_MIGRATION = 0x524c6d67;

    private final Connection connection;
    private final int key;

    private AdvisoryLock(Connection connection, int key) {
        this.connection = connection;
        this.key = key;
    }

    /** The second key half for a store in {@code schema}: one lock per store on a database. */
    static int keyOf(String schema) {
        return schema.hashCode();
    }

    /**
     * Takes the lock for {@code schema}, waiting at most {@code timeoutMillis}; then raises
     * {@link ReasonCode#STORE_LOCKED}. Connection failures are left to the caller to translate.
     */
    static AdvisoryLock acquire(DataSource dataSource, PostgresLocation location, long timeoutMillis) throws SQLException {
        Connection connection = dataSource.getConnection();
        int key = keyOf(location.schema());
        try {
            Optional<AdvisoryLock> taken = LockWait.upTo(timeoutMillis,
                    () -> tryLock(connection, key) ? Optional.of(new AdvisoryLock(connection, key)) : Optional.empty());
            if (taken.isPresent()) {
                return taken.get();
            }
            throw new StoreException(ReasonCode.STORE_LOCKED, "another process is migrating the postgres store "
                    + location.described() + " (" + holder(connection, key).orElse("it has just finished")
                    + "): its advisory lock stayed taken for " + timeoutMillis + " ms; retry when it has finished");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            connection.close();
            throw new StoreException(ReasonCode.STORE_LOCKED,
                    "interrupted while waiting for the migration lock of " + location.described(), e);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /**
     * The session holding the lock for {@code key}, from pg_locks and pg_stat_activity: backend pid,
     * client address and since when. Empty when no session holds it (or this role may not see it).
     */
    static Optional<String> holder(Connection connection, int key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT a.pid, COALESCE(a.client_hostname, host(a.client_addr), 'local socket'), a.backend_start,"
                        + " a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
                        + " WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2"
                        + " AND l.classid::bigint = ? AND l.objid::bigint = ? AND l.database = "
                        + "(SELECT oid FROM pg_database WHERE datname = current_database())")) {
            statement.setLong(1, Integer.toUnsignedLong(RUNLEDGER_MIGRATION));
            statement.setLong(2, Integer.toUnsignedLong(key));
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Timestamp since = row.getTimestamp(3);
                String application = row.getString(4);
                return Optional.of("held by backend pid " + row.getInt(1) + " from " + row.getString(2)
                        + (since == null ? "" : " since " + since.toInstant().truncatedTo(ChronoUnit.SECONDS))
                        + (application == null || application.isBlank() ? "" : " (" + application + ")"));
            }
        }
    }

    private static boolean tryLock(Connection connection, int key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
            statement.setInt(1, RUNLEDGER_MIGRATION);
            statement.setInt(2, key);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }

    @Override
    public void close() {
        try (Connection held = connection;
             PreparedStatement statement = held.prepareStatement("SELECT pg_advisory_unlock(?, ?)")) {
            statement.setInt(1, RUNLEDGER_MIGRATION);
            statement.setInt(2, key);
            statement.execute();
        } catch (SQLException ignored) {
            // Closing the session releases every advisory lock it holds.
        }
    }
}
