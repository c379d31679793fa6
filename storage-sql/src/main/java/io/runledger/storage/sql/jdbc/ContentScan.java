package io.runledger.storage.sql.jdbc;

import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.api.Run;
import io.runledger.storage.sql.errors.CallerFailure;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * An export's reads in plain JDBC on the connection of one read transaction: runs (with their
 * labels, walked alongside), steps and audit events in canonical order, forward-only, a bounded
 * number of rows fetched at a time. It reads through the tables' row mappings ({@link RunRows} and the
 * others), without building entities: hydrating a million entities was a third of a verified transfer's read-back.
 */
public final class ContentScan {
    private static final int FETCH_SIZE = 1_000;

    private final Connection connection;
    private final IdOrder order;
    private final Function<ResultSet, ColumnReader> columns;

    /**
     * {@code order} names the id columns in byte order in SQL ({@link IdOrder#sql}); each row is read
     * through {@code columns}.
     */
    public ContentScan(Connection connection, IdOrder order, Function<ResultSet, ColumnReader> columns) {
        this.connection = connection;
        this.order = order;
        this.columns = columns;
    }

    /** Streams every record to {@code sink}; a failure of the sink leaves as a {@link CallerFailure}. */
    public void exportTo(Consumer<LedgerRecord> sink) throws SQLException {
        try (PreparedStatement runs = query("SELECT " + RunRows.COLUMNS.list("") + " FROM runs ORDER BY "
                + order.sql("run_id"));
             PreparedStatement labels = query("SELECT " + RunLabelRows.OWN.list("") + " FROM run_labels ORDER BY "
                     + order.sql("run_id") + ", name");
             ResultSet runRows = runs.executeQuery();
             ResultSet labelRows = labels.executeQuery()) {
            ColumnReader run = columns.apply(runRows);
            ColumnReader label = columns.apply(labelRows);
            boolean labelAhead = labelRows.next();
            while (runRows.next()) {
                String runId = run.text(1);
                Function<Map<String, String>, Run> read = RunRows.read(run, 1);
                Map<String, String> found = new TreeMap<>();
                String labelRun;
                while (labelAhead && (labelRun = label.text(1)).compareTo(runId) <= 0) {
                    if (labelRun.equals(runId)) {
                        RunLabelRows.readLabel(label, 2, found);
                    }
                    labelAhead = labelRows.next();
                }
                deliver(sink, read.apply(found));
            }
        }
        try (PreparedStatement steps = query("SELECT " + StepRows.COLUMNS.list("") + " FROM run_steps ORDER BY "
                + order.sql("run_id") + ", " + order.sql("step_id"));
             ResultSet rows = steps.executeQuery()) {
            ColumnReader step = columns.apply(rows);
            while (rows.next()) {
                deliver(sink, StepRows.read(step, 1));
            }
        }
        try (PreparedStatement events = query("SELECT " + AuditEventRows.COLUMNS.list("") + " FROM audit_log ORDER BY "
                + order.sql("event_id"));
             ResultSet rows = events.executeQuery()) {
            ColumnReader event = columns.apply(rows);
            while (rows.next()) {
                deliver(sink, AuditEventRows.readChained(event, 1));
            }
        }
    }

    private PreparedStatement query(String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        statement.setFetchSize(FETCH_SIZE);
        return statement;
    }

    private static void deliver(Consumer<LedgerRecord> sink, LedgerRecord record) {
        try {
            sink.accept(record);
        } catch (RuntimeException e) {
            throw new CallerFailure(e);
        }
    }
}
