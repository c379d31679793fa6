package io.runledger.storage.sql.jdbc;

import io.runledger.storage.api.LedgerRecord;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * How a whole store's content is written and read in bulk, on the connection of the import's or the
 * export's one transaction (the ports own the transaction, the emptiness check and the locks).
 * {@link #JDBC} is portable; an adapter may supply a faster form of its database (PostgreSQL's
 * {@code COPY}). Either way the rows are written and read through the tables' row mappings.
 */
public interface BulkContent {
    /** Plain JDBC: batched inserts ({@link ContentInserts}) and forward-only selects ({@link ContentScan}). */
    BulkContent JDBC = jdbc(ColumnReader::of);

    /**
     * As {@link #JDBC}, the selected rows read through {@code columns} (e.g. {@link ColumnReader#ofUtf8Bytes}
     * for a driver whose texts read faster as bytes).
     */
    static BulkContent jdbc(Function<ResultSet, ColumnReader> columns) {
        return new BulkContent() {
            @Override
            public long insert(Connection connection, Iterator<LedgerRecord> records, ChainPositions chain, boolean intoEmptyTables)
                    throws SQLException {
                return ContentLoad.loadAll(new ContentInserts(connection, chain), records);
            }

            @Override
            public void scan(Connection connection, IdOrder order, Consumer<LedgerRecord> sink) throws SQLException {
                new ContentScan(connection, order, columns).exportTo(sink);
            }
        };
    }

    /**
     * Inserts {@code records} (canonical order: runs, steps, events) into the content tables and
     * returns how many there were; audit events take the next positions of {@code chain} in the order
     * they arrive (the caller moves the chain's head row afterwards). {@code intoEmptyTables} says that the tables were empty when the
     * transaction claimed them for itself, so that the load may also rebuild what depends on their
     * rows (indexes, {@link IndexDeferringContent}) as long as it commits the same schema. A failure
     * of {@code records} itself leaves unchanged.
     */
    long insert(Connection connection, Iterator<LedgerRecord> records, ChainPositions chain, boolean intoEmptyTables)
            throws SQLException;

    /**
     * Streams every record in canonical order to {@code sink}, ids in byte order as {@code order}
     * writes it in SQL; a failure of the sink leaves as a {@link io.runledger.storage.sql.errors.CallerFailure}.
     */
    void scan(Connection connection, IdOrder order, Consumer<LedgerRecord> sink) throws SQLException;
}
