package io.runledger.storage.sql;

import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.AuditLevel;
import io.runledger.storage.api.CanonicalJson;
import io.runledger.storage.api.EventId;
import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.api.Run;
import io.runledger.storage.api.RunId;
import io.runledger.storage.api.RunStatus;
import io.runledger.storage.api.Step;
import io.runledger.storage.api.StepId;
import io.runledger.storage.api.StepStatus;
import io.runledger.storage.sql.entity.InstantMicros;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * An export's reads in plain JDBC on the connection of one read transaction: runs (with their
 * labels, walked alongside), steps and audit events in canonical order, forward-only, a bounded
 * number of rows fetched at a time. It reads the same columns the entities map, without building
 * entities: hydrating a million entities was a third of a verified transfer's read-back.
 */
final class ContentScan {
    private static final int FETCH_SIZE = 1_000;
    private static final InstantMicros MICROS = new InstantMicros();

    private final Connection connection;
    private final IdOrder order;

    /** {@code order} names the id columns in byte order in SQL ({@link IdOrder#sql}). */
    ContentScan(Connection connection, IdOrder order) {
        this.connection = connection;
        this.order = order;
    }

    /** Streams every record to {@code sink}; a failure of the sink leaves as a {@link CallerFailure}. */
    void exportTo(Consumer<LedgerRecord> sink) throws SQLException {
        try (PreparedStatement runs = query("SELECT run_id, created_at, args, git_sha, config_hash, status, finished_at"
                + " FROM runs ORDER BY " + order.sql("run_id"));
             PreparedStatement labels = query("SELECT run_id, name, value FROM run_labels ORDER BY "
                     + order.sql("run_id") + ", name");
             ResultSet runRows = runs.executeQuery();
             ResultSet labelRows = labels.executeQuery()) {
            boolean labelAhead = labelRows.next();
            while (runRows.next()) {
                String runId = runRows.getString(1);
                Map<String, String> found = new TreeMap<>();
                while (labelAhead && labelRows.getString(1).compareTo(runId) <= 0) {
                    if (labelRows.getString(1).equals(runId)) {
                        found.put(labelRows.getString(2), labelRows.getString(3));
                    }
                    labelAhead = labelRows.next();
                }
                deliver(sink, new Run(new RunId(runId), instant(runRows, 2).orElseThrow(), new CanonicalJson(runRows.getString(3)),
                        Optional.ofNullable(runRows.getString(4)), Optional.ofNullable(runRows.getString(5)),
                        Rows.wire(runRows.getString(6), RunStatus::fromWire, "run status"), instant(runRows, 7), found));
            }
        }
        try (PreparedStatement steps = query("SELECT run_id, step_id, name, status, started_at, finished_at, stats"
                + " FROM run_steps ORDER BY " + order.sql("run_id") + ", " + order.sql("step_id"));
             ResultSet rows = steps.executeQuery()) {
            while (rows.next()) {
                deliver(sink, new Step(new RunId(rows.getString(1)), new StepId(rows.getString(2)), rows.getString(3),
                        Rows.wire(rows.getString(4), StepStatus::fromWire, "step status"), instant(rows, 5),
                        instant(rows, 6), new CanonicalJson(rows.getString(7))));
            }
        }
        try (PreparedStatement events = query("SELECT event_id, ts, level, run_id, scope, event, message, data"
                + " FROM audit_log ORDER BY " + order.sql("event_id"));
             ResultSet rows = events.executeQuery()) {
            while (rows.next()) {
                deliver(sink, new AuditEvent(new EventId(rows.getString(1)), instant(rows, 2).orElseThrow(),
                        Rows.wire(rows.getString(3), AuditLevel::fromWire, "audit level"),
                        Optional.ofNullable(rows.getString(4)).map(RunId::new), rows.getString(5), rows.getString(6),
                        rows.getString(7), new CanonicalJson(rows.getString(8))));
            }
        }
    }

    private PreparedStatement query(String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        statement.setFetchSize(FETCH_SIZE);
        return statement;
    }

    private static Optional<Instant> instant(ResultSet rows, int column) throws SQLException {
        long micros = rows.getLong(column);
        return rows.wasNull() ? Optional.empty() : Optional.of(MICROS.convertToEntityAttribute(micros));
    }

    private static void deliver(Consumer<LedgerRecord> sink, LedgerRecord record) {
        try {
            sink.accept(record);
        } catch (RuntimeException e) {
            throw new CallerFailure(e);
        }
    }
}
