package io.runledger.storage.sql.ports;

import io.runledger.storage.api.AuditHistory;
import io.runledger.storage.api.AuditPrunes;
import io.runledger.storage.api.ChainAnchor;
import io.runledger.storage.api.ChainLink;
import io.runledger.storage.api.ChainedEvent;
import io.runledger.storage.api.CommittedAudit;
import io.runledger.storage.sql.errors.SqlErrorTranslator;
import io.runledger.storage.sql.jdbc.AuditChainHead;
import io.runledger.storage.sql.jdbc.PruneRows;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.hibernate.jdbc.ReturningWork;

/**
 * {@code StoreAdmin.committedAudit()} of both SQL adapters: the audit chain and the prune records read
 * with plain JDBC, without the ORM and without the writer, so that {@code doctor}, {@code audit head} and
 * {@code audit verify} start fast. One connection of the admin's, opened on the first read and kept for
 * the next ones (a walk of a million events is a thousand reads; PostgreSQL's admin connections are not
 * pooled), closed with the admin ({@link #close()}) or after a failed read. Each read is one statement in
 * autocommit, as {@link SqlAuditHistory}'s are, with the same row mapping ({@link AuditChainHead}).
 */
public final class CommittedAuditReads implements AuditHistory, AutoCloseable {
    private final DataSource connections;
    private final SqlErrorTranslator errors;
    private final Supplier<String> store;
    private final String prunesTable;
    private final IntSupplier schemaVersion;
    private Connection connection;

    /**
     * Reads of the store behind {@code connections} (whose tables they find unqualified), with its prune
     * records in {@code prunesTable} (schema-qualified where needed), whose columns depend on the store's
     * {@code schemaVersion}; {@code store} names it in errors.
     */
    public CommittedAuditReads(DataSource connections, SqlErrorTranslator errors, Supplier<String> store, String prunesTable,
                               IntSupplier schemaVersion) {
        this.connections = connections;
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
        return query("read the audit chain after position " + seq + " of ", c -> AuditChainHead.after(c, seq, limit));
    }

    private synchronized <T> T query(String action, ReturningWork<T> work) {
        try {
            if (connection == null) {
                connection = connections.getConnection();
            }
            return work.execute(connection);
        } catch (SQLException | RuntimeException e) {
            close();
            throw errors.translate(action + store.get(), e);
        }
    }

    /** Closes the connection, if one is open; never throws. */
    @Override
    public synchronized void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // closing a connection that failed: nothing more to release
            }
            connection = null;
        }
    }
}
