package io.runledger.storage.sql.ports;

import io.runledger.storage.api.StoreException;
import io.runledger.storage.sql.migration.SchemaWindow;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The schema-window check of reads: at most once a second (SPEC S3 allows about a second of
 * staleness), on the read's own connection and without a lock; in between, the last answer stands.
 * Writes check exactly, inside their transaction ({@link SqlSessions}).
 */
final class ReadWindow {
    private static final long STALE_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final SchemaWindow window;
    private volatile Checked last;

    /** One answer of the window: when it was read (System.nanoTime) and the refusal, if any. */
    private record Checked(long at, Optional<StoreException> refusal) {
    }

    ReadWindow(SchemaWindow window) {
        this.window = window;
    }

    /** Raises {@code schema_newer_than_binary} when the store, as last seen at most a second ago, left the window. */
    void require(Connection connection) throws SQLException {
        Checked known = last;
        long now = System.nanoTime();
        if (known == null || now - known.at() >= STALE_NANOS) {
            known = new Checked(now, refusal(connection));
            last = known;
        }
        if (known.refusal().isPresent()) {
            StoreException refusal = known.refusal().get();
            throw new StoreException(refusal.reason(), refusal.getMessage());
        }
    }

    private Optional<StoreException> refusal(Connection connection) throws SQLException {
        try {
            window.check(connection);
            return Optional.empty();
        } catch (StoreException e) {
            return Optional.of(e);
        }
    }
}
