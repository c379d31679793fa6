package io.runledger.storage.sql.ports;

import io.runledger.storage.api.AuditHistory;
import io.runledger.storage.api.AuditPrunes;
import io.runledger.storage.api.ChainAnchor;
import io.runledger.storage.api.ChainLink;
import io.runledger.storage.api.ChainedEvent;
import io.runledger.storage.api.CommittedAudit;
import io.runledger.storage.sql.errors.SqlErrorTranslator;
import io.runledger.storage.sql.jdbc.AuditChainHead;
import io.runledger.storage.sql.jdbc.ColumnReader;
import io.runledger.storage.sql.jdbc.PruneRows;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * {@code StoreAdmin.committedAudit()} of both SQL adapters: the audit chain and the prune records read
 * with plain JDBC, without the ORM and without the writer, so that {@code doctor}, {@code audit head} and
 * {@code audit verify} start fast. Connections of the admin's, opened on the first read and kept for
 * the next ones (a walk of a million events is a thousand reads; PostgreSQL's admin connections are not
 * pooled) — one for each thread reading at the same time, as a chain check's walkers do — closed with the
 * admin ({@link #close()}), or at once after a failed read. Each read is one statement in
 * autocommit, as {@link SqlAuditHistory}'s are, with the same row mapping ({@link AuditChainHead}).
 */
public final class CommittedAuditReads implements AuditHistory, AutoCloseable {
    private final DataSource connections;
    private final SqlErrorTranslator errors;
    private final Supplier<String> store;
    private final String prunesTable;
    private final IntSupplier schemaVersion;
    private final Function<ResultSet, ColumnReader> columns;
    /** Connections kept between reads, one per thread that read at the same time (a chain check walks on several). */
    private final Deque<Connection> idle = new ArrayDeque<>();

    /**
     * Reads of the store behind {@code connections} (whose tables they find unqualified), with its prune
     * records in {@code prunesTable} (schema-qualified where needed), whose columns depend on the store's
     * {@code schemaVersion}; {@code store} names it in errors. The chain's rows are read through {@code columns}
     * (the fastest {@link ColumnReader} for the driver).
     */
    public CommittedAuditReads(DataSource connections, SqlErrorTranslator errors, Supplier<String> store, String prunesTable,
                               IntSupplier schemaVersion, Function<ResultSet, ColumnReader> columns) {
        this.connections = connections;
        this.columns = columns;
        this.errors = errors;
        this.store = store;
        this.prunesTable = prunesTable;
        this.schemaVersion = schemaVersion;
    }

    /** The chain, read at each call, with the prune records as they are now. */
    public CommittedAudit read() {
        return new CommittedAudit(this, prunes());
    }

    private AuditPrunes prunes() {
        int version = schemaVersion.getAsInt();
        return query("read the prune records of ", c -> PruneRows.read(c, prunesTable, version));
    }

    @Override
    public Optional<ChainAnchor> anchor() {
        return ChainAnchor.latest(prunes().all());
    }

    @Override
    public ChainLink head() {
        return query("read the audit chain's head of ", AuditChainHead::read);
    }

    @Override
    public List<ChainedEvent> after(long seq, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1 (got " + limit + ")");
        }
        return query("read the audit chain after position " + seq + " of ", c -> AuditChainHead.after(c, seq, limit, columns));
    }

    private <T> T query(String action, ConnectionWork<T> work) {
        Connection connection = null;
        try {
            connection = idleConnection();
            T result = work.execute(connection);
            release(connection);
            return result;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            throw errors.translate(action + store.get(), e);
        }
    }

    /** A kept connection no other thread reads on now, or a new one. */
    private Connection idleConnection() throws SQLException {
        synchronized (idle) {
            if (!idle.isEmpty()) {
                return idle.pop();
            }
        }
        return connections.getConnection();
    }

    private void release(Connection connection) {
        synchronized (idle) {
            idle.push(connection);
        }
    }

    /** Closes the connections kept between reads; never throws. */
    @Override
    public void close() {
        synchronized (idle) {
            idle.forEach(CommittedAuditReads::closeQuietly);
            idle.clear();
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // closing a connection that failed: nothing more to release
            }
        }
    }
}
