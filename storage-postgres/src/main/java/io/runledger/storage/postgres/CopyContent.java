package io.runledger.storage.postgres;

import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.sql.jdbc.AuditEventRows;
import io.runledger.storage.sql.jdbc.BulkContent;
import io.runledger.storage.sql.jdbc.IdOrder;
import io.runledger.storage.sql.jdbc.RunLabelRows;
import io.runledger.storage.sql.jdbc.RunRows;
import io.runledger.storage.sql.jdbc.StepRows;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * A PostgreSQL store's whole content moved with the {@code COPY} protocol: an import streams rows
 * into {@code COPY … FROM STDIN} ({@link CopyLoad}), into empty tables with their secondary indexes
 * and foreign keys built once at the end ({@link DeferredIndexes}); an export reads
 * {@code COPY (SELECT …) TO STDOUT} ({@link CopyScan}). Both go through storage-sql's row mappings.
 */
final class CopyContent implements BulkContent {
    private static final List<String> TABLES = List.of(RunRows.COLUMNS.table(), RunLabelRows.COLUMNS.table(),
            StepRows.COLUMNS.table(), AuditEventRows.COLUMNS.table());

    @Override
    public long insert(Connection connection, Iterator<LedgerRecord> records, boolean intoEmptyTables) throws SQLException {
        DeferredIndexes deferred = intoEmptyTables ? DeferredIndexes.drop(connection, TABLES) : null;
        long count = 0;
        try (CopyLoad load = new CopyLoad(copies(connection))) {
            while (records.hasNext()) {
                load.add(records.next());
                count++;
            }
            load.finish();
        }
        if (deferred != null) {
            deferred.restore(connection);
        }
        return count;
    }

    @Override
    public void scan(Connection connection, IdOrder order, Consumer<LedgerRecord> sink) throws SQLException {
        new CopyScan(copies(connection), order).exportTo(sink);
    }

    private static CopyManager copies(Connection connection) throws SQLException {
        return connection.unwrap(PGConnection.class).getCopyAPI();
    }
}
