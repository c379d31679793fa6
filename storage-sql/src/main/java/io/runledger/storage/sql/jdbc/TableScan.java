package io.runledger.storage.sql.jdbc;

import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.sql.errors.CallerFailure;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;

/**
 * An export's reads (runs, steps, audit events in canonical order, as {@link ContentScan} streams them
 * for {@code store export}) on the caller's connection and inside the caller's transaction, for the
 * adapters: a PostgreSQL store below the head is read inside a transaction that applies the pending
 * migrations and is rolled back (see storage-postgres's MigratedContents), where Hibernate cannot
 * take part. The tables are found through the connection's search path.
 */
public final class TableScan {
    private TableScan() {
    }

    /**
     * Streams every record to {@code sink}, ids in byte order as {@code order} writes it in SQL. A
     * failure of {@code sink} itself is rethrown unchanged (not as an SQL failure).
     */
    public static void exportTo(Connection connection, IdOrder order, Consumer<LedgerRecord> sink) throws SQLException {
        try {
            new ContentScan(connection, order, ColumnReader::of).exportTo(sink);
        } catch (CallerFailure e) {
            throw e.original();
        }
    }
}
