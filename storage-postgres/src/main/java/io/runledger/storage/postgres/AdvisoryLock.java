package io.runledger.storage.postgres;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.support.LockWait;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * A session-level advisory lock that serializes migrations of one store (one schema of one
 * database) across processes: held on its own connection, released when closed or when the
 * connection drops (a killed process never leaves it behind). Runledger's key space (the two-integer
 * form) never collides with Flyway's own lock (the bigint form), which Flyway takes inside.
 *
 * <p>The lock is a lease of {@code lock_lease_ms}: its session tells the server to end it when idle
 * that long ({@code idle_session_timeout}, PostgreSQL 14 and later), and the holder renews it with a
 * query every third of the lease. So when the holder falls silent — killed, or cut off by a partition
 * that neither end can see, even behind a proxy whose sockets stay open — the server ends the session
 * and frees the lock within the lease. A renewal that fails closes the session: the lock is then gone.
 */
final class AdvisoryLock implements AutoCloseable {
    /** The first key half: "RLmg" (Runledger migration) as an integer. */
    static final int RUNLEDGER_MIGRATION = 0x524c6d67;

    private final Connection connection;
    private final int key;
    private final ScheduledExecutorService renewal;
    /** The session is over: closed, or a renewal failed. */
    private boolean ended;

    private AdvisoryLock(Connection connection, int key, long leaseMillis) {
        this.connection = connection;
        this.key = key;
        this.renewal = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "runledger-migration-lease");
            thread.setDaemon(true);
            return thread;
        });
        long every = Math.max(1, leaseMillis / 3);
        renewal.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
    }

    /** The second key half for a store in {@code schema}: one lock per store on a database. */
    static int keyOf(String schema) {
        return schema.hashCode();
    }

    /**
     * Takes the lock for {@code location}'s schema, waiting at most {@code lock_timeout_ms}; then raises
     * {@link ReasonCode#STORE_LOCKED}. Held as a lease of {@code lock_lease_ms} (see the class comment).
     * Connection failures are left to the caller to translate.
     */
    static AdvisoryLock acquire(DataSource dataSource, PostgresLocation location, PostgresOptions options) throws SQLException {
        long timeoutMillis = options.lockTimeoutMs();
        Connection connection = dataSource.getConnection();
        int key = keyOf(location.schema());
        try {
            // Every query of this session, waiting or renewing, gets its answer within the lease or fails.
            connection.setNetworkTimeout(Runnable::run, (int) options.lockLeaseMs());
            Optional<Connection> taken = LockWait.upTo(timeoutMillis,
                    () -> tryLock(connection, key) ? Optional.of(connection) : Optional.empty());
            if (taken.isPresent()) {
                endWhenIdleFor(connection, options.lockLeaseMs());
                return new AdvisoryLock(connection, key, options.lockLeaseMs());
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

    /** Servers before PostgreSQL 14 have no {@code idle_session_timeout}; there only TCP keepalive ends the session. */
    private static void endWhenIdleFor(Connection connection, long leaseMillis) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DO $$ BEGIN PERFORM set_config('idle_session_timeout', '" + leaseMillis + "', false);"
                    + " EXCEPTION WHEN OTHERS THEN NULL; END $$");
        }
    }

    private synchronized void renew() {
        if (ended) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT 1");
        } catch (SQLException e) {
            ended = true;
            closeQuietly();
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
        renewal.shutdownNow();
        synchronized (this) {
            if (ended) {
                return;
            }
            ended = true;
            unlockAndClose();
        }
    }

    private void unlockAndClose() {
        try (Connection held = connection;
             PreparedStatement statement = held.prepareStatement("SELECT pg_advisory_unlock(?, ?)")) {
            statement.setInt(1, RUNLEDGER_MIGRATION);
            statement.setInt(2, key);
            statement.execute();
        } catch (SQLException ignored) {
            // Closing the session releases every advisory lock it holds.
        }
    }

    private void closeQuietly() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // a session that cannot even close is gone already, and its lock with it
        }
    }
}
