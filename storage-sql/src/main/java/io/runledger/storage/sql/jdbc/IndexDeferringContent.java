package io.runledger.storage.sql.jdbc;

import io.runledger.storage.api.LedgerRecord;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

/**
 * A {@link BulkContent} whose loads into empty tables run without the tables' secondary indexes,
 * which an {@link IndexDeferral} takes off first and which are built again over the loaded rows
 * before the transaction commits: the committed schema is the one the store had. A load into tables
 * that held rows (a replace) keeps them.
 */
public final class IndexDeferringContent implements BulkContent {
    private final BulkContent rows;
    private final IndexDeferral indexes;

    /** Moves rows as {@code rows} does, deferring indexes as {@code indexes} does. */
    public IndexDeferringContent(BulkContent rows, IndexDeferral indexes) {
        this.rows = rows;
        this.indexes = indexes;
    }

    @Override
    public long insert(Connection connection, Iterator<LedgerRecord> records, ChainPositions chain, boolean intoEmptyTables)
            throws SQLException {
        if (!intoEmptyTables) {
            return rows.insert(connection, records, chain, false);
        }
        List<String> restore = indexes.drop(connection, ContentInserts.TABLES.stream().map(TableColumns::table).toList());
        long count = rows.insert(connection, records, chain, true);
        indexes.restore(connection, restore);
        return count;
    }

    @Override
    public void scan(Connection connection, IdOrder order, Consumer<LedgerRecord> sink) throws SQLException {
        rows.scan(connection, order, sink);
    }
}
