package io.runledger.storage.sql.jdbc;

import io.runledger.storage.api.LedgerRecord;
import java.sql.SQLException;
import java.util.Iterator;

/**
 * Records loaded into the content tables on the connection of the caller's transaction, in whatever
 * form the database takes fastest (JDBC batches, {@link ContentInserts}; PostgreSQL's {@code COPY}).
 * {@link #loadAll} is the one loop every {@link BulkContent} runs over it.
 */
public interface ContentLoad extends AutoCloseable {
    /** Adds the record's rows; they may be buffered until {@link #flush()}. */
    void add(LedgerRecord record) throws SQLException;

    /** Sends every buffered row: all records added so far are in their tables. */
    void flush() throws SQLException;

    @Override
    void close() throws SQLException;

    /** Adds every record to {@code load}, flushes and closes it, and returns how many there were. */
    static long loadAll(ContentLoad load, Iterator<LedgerRecord> records) throws SQLException {
        try (load) {
            long count = 0;
            while (records.hasNext()) {
                load.add(records.next());
                count++;
            }
            load.flush();
            return count;
        }
    }
}
