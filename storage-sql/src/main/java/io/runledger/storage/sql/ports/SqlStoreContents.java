package io.runledger.storage.sql.ports;

import io.runledger.format.record.ImportPositions;
import io.runledger.storage.api.AuditPrune;
import io.runledger.storage.api.ChainAnchor;
import io.runledger.storage.api.ChainLink;
import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreContents;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.sql.errors.CallerFailure;
import io.runledger.format.record.AuditChain;
import io.runledger.storage.sql.jdbc.AuditChainHead;
import io.runledger.storage.sql.jdbc.BulkContent;
import io.runledger.storage.sql.jdbc.ContentInserts;
import io.runledger.storage.sql.jdbc.PruneRows;
import io.runledger.storage.sql.jdbc.TableColumns;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Iterator;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@link StoreContents}: export reads inside one read transaction (one snapshot, bounded memory);
 * import is one write transaction that keeps every other writer out from its "is the store empty?"
 * check to its commit ({@link SqlSessions#writeExclusive}). Both move rows in the adapter's
 * {@link BulkContent} form (plain JDBC batches and cursors, or PostgreSQL's {@code COPY}) on the
 * transaction's connection.
 * A replace deletes every row in that same transaction before inserting, so it commits whole or not at all.
 */
public final class SqlStoreContents implements StoreContents {
    private final SqlSessions sessions;
    private final BulkContent bulk;

    /** The contents of the store behind {@code sessions}, moved in bulk as {@code bulk} does it. */
    public SqlStoreContents(SqlSessions sessions, BulkContent bulk) {
        this.sessions = sessions;
        this.bulk = bulk;
    }

    @Override
    public void exportTo(Consumer<LedgerRecord> sink) {
        sessions.readStatements("export the store", connection -> {
            bulk.scan(connection, sessions.order(), sink);
            return null;
        });
    }

    @Override
    public Optional<ChainLink> chainAnchor() {
        return sessions.readStatement("read the audit chain's anchor",
                connection -> ChainAnchor.latest(PruneRows.read(connection).all()).map(ChainAnchor::link));
    }

    @Override
    public long importFrom(Iterator<LedgerRecord> records, Optional<ChainLink> anchor) {
        return sessions.writeExclusive("import into the store", connection -> {
            if (!isEmpty(connection)) {
                throw new StoreException(ReasonCode.STATE_MIGRATION_TARGET_EXISTS,
                        "the target store is not empty; an import goes only into an empty store (nothing was written)");
            }
            return insert(connection, records, false, anchor);
        });
    }

    /**
     * Deletes every row and inserts {@code records} in the one exclusive write transaction; the audit
     * chain starts again after {@code anchor} (the genesis) with the new content, so the prune records,
     * which stay, no longer anchor it.
     */
    @Override
    public long replaceWith(Iterator<LedgerRecord> records, Optional<ChainLink> anchor) {
        return sessions.writeExclusive("replace the store's content", connection -> {
            ContentInserts.deleteAll(connection);
            PruneRows.unanchorAll(connection);
            return insert(connection, records, true, anchor);
        });
    }

    /**
     * Inserts the records, keeping the positions events carry and chaining those without after the
     * chain's head (the genesis when {@code replacing}), moves the head, and records an anchor the
     * store takes over ({@link ImportPositions}); an import (not {@code replacing}) found the tables
     * empty, which lets the bulk form rebuild their indexes after the load. The exclusive claim keeps
     * every appender out meanwhile.
     */
    private long insert(Connection connection, Iterator<LedgerRecord> records, boolean replacing,
                        Optional<ChainLink> anchor) throws SQLException {
        Iterator<LedgerRecord> callers = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return SqlStoreContents.hasNext(records);
            }

            @Override
            public LedgerRecord next() {
                return SqlStoreContents.next(records);
            }
        };
        ImportPositions positions = new ImportPositions(replacing ? AuditChain.START : AuditChainHead.read(connection), anchor);
        long loaded = bulk.insert(connection, callers, positions::next, !replacing);
        AuditChainHead.advance(connection, positions.head());
        if (positions.adoptedAnchor().isPresent()) {
            PruneRows.insert(connection, AuditPrune.carried(positions.adoptedAnchor().get(), Instant.now()));
        }
        return loaded;
    }

    @Override
    public boolean isEmpty() {
        return sessions.readStatements("check whether the store is empty", SqlStoreContents::isEmpty);
    }

    private static boolean isEmpty(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (TableColumns table : ContentInserts.TABLES) {
                try (ResultSet row = statement.executeQuery("SELECT 1 FROM " + table.table() + " LIMIT 1")) {
                    if (row.next()) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static boolean hasNext(Iterator<LedgerRecord> records) {
        try {
            return records.hasNext();
        } catch (RuntimeException e) {
            throw new CallerFailure(e);
        }
    }

    private static LedgerRecord next(Iterator<LedgerRecord> records) {
        try {
            return records.next();
        } catch (RuntimeException e) {
            throw new CallerFailure(e);
        }
    }
}
