package io.runledger.storage.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.sql.DataSource;

/**
 * The connections {@link PostgresAdmin#status()} reads over. A server reads the status for
 * {@code GET /health} once per {@code http.health_max_age_ms} (one read at a time), and a new
 * connection each time would start a server process per read; so up to {@link #KEPT} connections are
 * kept between reads, until {@link #close()}.
 * A read on a kept connection that fails is tried once more on a new one (the server may have
 * restarted since), and a failure drops every kept connection; new connections come from the
 * unpooled source, with its connect timeout. So the status follows the server: unavailable while it
 * is down (at once when it refuses connections), answering again as soon as it is back.
 */
final class StatusConnections implements AutoCloseable {
    /** At most this many idle connections are kept. */
    static final int KEPT = 2;

    private final DataSource unpooled;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private boolean closed;

    StatusConnections(DataSource unpooled) {
        this.unpooled = unpooled;
    }

    /** What {@link #read} runs on a connection. */
    @FunctionalInterface
    interface Read<T> {
        T on(Connection connection) throws SQLException;
    }

    /** Runs {@code read} on a kept connection, or a new one; see the class comment for failures. */
    <T> T read(Read<T> read) throws SQLException {
        Connection kept = take();
        if (kept != null) {
            try {
                T result = read.on(kept);
                give(kept);
                return result;
            } catch (SQLException | RuntimeException e) {
                closeQuietly(kept);
                dropAll();
            }
        }
        Connection fresh = unpooled.getConnection();
        try {
            T result = read.on(fresh);
            give(fresh);
            return result;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(fresh);
            throw e;
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        dropAll();
    }

    private synchronized Connection take() {
        return idle.pollFirst();
    }

    private void give(Connection connection) {
        synchronized (this) {
            if (!closed && idle.size() < KEPT) {
                idle.addFirst(connection);
                return;
            }
        }
        closeQuietly(connection);
    }

    private void dropAll() {
        Deque<Connection> dropped;
        synchronized (this) {
            dropped = new ArrayDeque<>(idle);
            idle.clear();
        }
        dropped.forEach(StatusConnections::closeQuietly);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // a connection that cannot even close is gone already
        }
    }
}
