package io.runledger.storage.postgres;

import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.sql.jdbc.BulkContent;
import io.runledger.storage.sql.jdbc.ChainPositions;
import io.runledger.storage.sql.jdbc.ContentLoad;
import io.runledger.storage.sql.jdbc.IdOrder;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.function.Consumer;
import org.postgresql.PGConnection;

/**
 * A PostgreSQL store's whole content moved with the {@code COPY} protocol: an import streams rows
 * into {@code COPY … FROM STDIN} ({@link CopyLoad}); an export reads
 * {@code COPY (SELECT …) TO STDOUT} ({@link CopyScan}). Both go through storage-sql's row mappings.
 */
final class CopyContent implements BulkContent {
    /**
     * Loads the records with {@link CopyLoad}, whose {@code COPY} of one table stays open while its rows
     * arrive: a source that pauses (a slow disk or network) keeps the statement open, so the import's
     * transaction lifts the session's statement timeout for itself, as an export's does; the socket
     * timeout still bounds every wait for the server.
     */
    @Override
    public long insert(Connection connection, Iterator<LedgerRecord> records, ChainPositions chain, boolean intoEmptyTables)
            throws SQLException {
        PostgresConnections.liftStatementTimeout(connection);
        return ContentLoad.loadAll(new CopyLoad(connection.unwrap(PGConnection.class).getCopyAPI(), chain), records);
    }

    @Override
    public void scan(Connection connection, IdOrder order, Consumer<LedgerRecord> sink) throws SQLException {
        new CopyScan(connection, order).exportTo(sink);
    }
}
