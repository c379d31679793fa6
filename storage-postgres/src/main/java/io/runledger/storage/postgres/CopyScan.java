package io.runledger.storage.postgres;

import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.sql.errors.CallerFailure;
import io.runledger.storage.sql.jdbc.AuditEventRows;
import io.runledger.storage.sql.jdbc.IdOrder;
import io.runledger.storage.sql.jdbc.RunFold;
import io.runledger.storage.sql.jdbc.RunLabelRows;
import io.runledger.storage.sql.jdbc.RunRows;
import io.runledger.storage.sql.jdbc.StepRows;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.postgresql.copy.CopyOut;

/**
 * An export's reads as {@code COPY (SELECT …) TO STDOUT} in text format, on the connection of its
 * read transaction: runs joined with their labels (one row per label, in run order), then steps, then
 * audit events, each in canonical order, parsed row by row ({@link CopyRow}) through the row mappings.
 * The server streams rows without a cursor's round trips; memory stays at one row.
 */
final class CopyScan {
    private final Connection connection;
    private final CopyManager copies;
    private final IdOrder order;

    CopyScan(Connection connection, IdOrder order) throws SQLException {
        this.connection = connection;
        this.copies = connection.unwrap(PGConnection.class).getCopyAPI();
        this.order = order;
    }

    /**
     * Streams every record to {@code sink}; a failure of the sink leaves as a {@link CallerFailure}.
     * Each table is one {@code COPY} statement, which runs as long as the sink takes: the read
     * transaction lifts the session's statement timeout for itself, while the socket timeout still
     * bounds every wait for the server (and the server's keepalive a vanished client).
     */
    void exportTo(Consumer<LedgerRecord> sink) throws SQLException {
        PostgresConnections.liftStatementTimeout(connection);
        RunFold runs = new RunFold(run -> deliver(sink, run));
        each("SELECT " + RunRows.COLUMNS.list("r") + ", " + RunLabelRows.LABEL.list("l") + " FROM runs r"
                + " LEFT JOIN run_labels l ON l.run_id = r.run_id ORDER BY " + order.sql("r.run_id"), runs::row);
        runs.end();
        each("SELECT " + StepRows.COLUMNS.list("") + " FROM run_steps ORDER BY " + order.sql("run_id") + ", "
                + order.sql("step_id"), row -> deliver(sink, StepRows.read(row, 1)));
        each("SELECT " + AuditEventRows.COLUMNS.list("") + " FROM audit_log ORDER BY " + order.sql("event_id"),
                row -> deliver(sink, AuditEventRows.readChained(row, 1)));
    }

    /** What is done with each row of a query. */
    @FunctionalInterface
    private interface RowAction {
        void accept(CopyRow row) throws SQLException;
    }

    private void each(String query, RowAction action) throws SQLException {
        CopyOut copy = copies.copyOut("COPY (" + query + ") TO STDOUT");
        CopyRow row = new CopyRow();
        try {
            for (byte[] line = copy.readFromCopy(); line != null; line = copy.readFromCopy()) {
                row.parse(line);
                action.accept(row);
            }
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private static void deliver(Consumer<LedgerRecord> sink, LedgerRecord record) {
        try {
            sink.accept(record);
        } catch (RuntimeException e) {
            throw new CallerFailure(e);
        }
    }
}
