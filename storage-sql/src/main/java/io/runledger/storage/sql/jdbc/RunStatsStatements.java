package io.runledger.storage.sql.jdbc;

import io.runledger.storage.api.RunStatsQuery;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The portable SQL texts of {@link RunStatsReading} for one query's shape: which runs it selects
 * ({@code created_at} in range, status, a label) and whether it groups by a label's value. Each text
 * comes with its parameters in order; the shapes are few, so drivers can reuse their prepared forms.
 * Runs are counted from the runs' index ({@code runs (created_at, run_id, status, finished_at)}), and
 * per group from the label rows, which carry copies of their run's columns
 * ({@code run_labels (name, run_created_at, value, run_status, run_finished_at)}, V7): each is one walk
 * of one index, with no look-up per run. A label filter is a join, not a correlated {@code EXISTS}, so
 * that the planner may start from the label's index ({@code run_labels (name, value, run_id)}) and
 * visit only the labelled runs.
 */
final class RunStatsStatements {
    private final RunStatsQuery query;
    private final IdOrder order;

    /** A statement text with its parameters (Instant, String or Integer) in order. */
    record Bound(String sql, List<Object> parameters) {
        void bind(PreparedStatement statement) throws SQLException {
            for (int i = 0; i < parameters.size(); i++) {
                if (parameters.get(i) instanceof Instant instant) {
                    JdbcValues.bindInstant(statement, i + 1, instant);
                } else if (parameters.get(i) instanceof Integer number) {
                    statement.setInt(i + 1, number);
                } else {
                    statement.setString(i + 1, (String) parameters.get(i));
                }
            }
        }
    }

    RunStatsStatements(RunStatsQuery query, IdOrder order) {
        this.query = query;
        this.order = order;
    }

    /**
     * The values of the group-by label in the store, at most {@link RunTallyCode#MAX_NUMBERED} + 1 of them: one
     * index seek each ({@code run_labels (name, value, run_id)}), however many runs carry them.
     */
    Bound groupValues(String label) {
        return new Bound("WITH RECURSIVE v (value, n) AS (SELECT min(value), 1 FROM run_labels WHERE name = ?"
                + " UNION ALL SELECT (SELECT min(l.value) FROM run_labels l WHERE l.name = ? AND l.value > v.value), v.n + 1"
                + " FROM v WHERE v.value IS NOT NULL AND v.n <= ?) SELECT value FROM v WHERE value IS NOT NULL",
                List.of(label, label, RunTallyCode.MAX_NUMBERED));
    }

    /** Rows of one {@link RunTallyCode} each: every selected run, in no order, nothing sorted. */
    Bound overall() {
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT ")
                .append(RunTallyCode.sql("r.created_at", "r.status", "r.finished_at", "0")).append(" FROM runs r");
        labelJoin(sql, parameters, "r.run_id");
        selection(sql, parameters, "r.");
        return new Bound(sql.toString(), parameters);
    }

    /**
     * Rows of one {@link RunTallyCode} each, from the label rows of the group-by label: every selected
     * run that has the label, in no order. Its value comes as its index in {@code numbered}, or, when
     * that is empty (too many values to number), {@link RunTallyCode#UNNUMBERED} and the value as a
     * second column.
     */
    Bound grouped(List<String> numbered) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder group = new StringBuilder();
        if (numbered.isEmpty()) {
            group.append(RunTallyCode.UNNUMBERED);
        } else {
            group.append("CASE g.value");
            for (int i = 0; i < numbered.size(); i++) {
                group.append(" WHEN ? THEN ").append(i);
                parameters.add(numbered.get(i));
            }
            group.append(" ELSE ").append(RunTallyCode.UNNUMBERED).append(" END");
        }
        StringBuilder sql = new StringBuilder("SELECT ").append(RunTallyCode.sql("g.run_created_at", "g.run_status",
                "g.run_finished_at", group.toString()));
        sql.append(numbered.isEmpty() ? ", g.value" : "").append(" FROM run_labels g");
        labelJoin(sql, parameters, "g.run_id");
        selection(sql, parameters, "g.run_");
        sql.append(" AND g.name = ?");
        parameters.add(query.groupBy().orElseThrow());
        return new Bound(sql.toString(), parameters);
    }

    /** Rows of (run_id, created_at, status, finished_at): the latest selected runs, newest first. */
    Bound latest() {
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT r.run_id, r.created_at, r.status, r.finished_at FROM runs r");
        labelJoin(sql, parameters, "r.run_id");
        selection(sql, parameters, "r.");
        sql.append(" ORDER BY r.created_at DESC, ").append(order.sql("r.run_id")).append(" DESC LIMIT ")
                .append(query.maxPoints());
        return new Bound(sql.toString(), parameters);
    }

    /** The label filter as an inner join: a run has at most one value per label name, so no run repeats. */
    private void labelJoin(StringBuilder sql, List<Object> parameters, String runId) {
        query.label().ifPresent(label -> {
            sql.append(" JOIN run_labels f ON f.run_id = ").append(runId).append(" AND f.name = ? AND f.value = ?");
            parameters.add(label.name());
            parameters.add(label.value());
        });
    }

    /**
     * The WHERE clause of the range and status, on the columns whose names follow {@code columns}
     * ({@code r.} for a run's own, {@code g.run_} for the copies on a label row).
     */
    private void selection(StringBuilder sql, List<Object> parameters, String columns) {
        sql.append(" WHERE ").append(columns).append("created_at >= ? AND ").append(columns).append("created_at < ?");
        parameters.add(query.from());
        parameters.add(query.to());
        query.status().ifPresent(status -> {
            sql.append(" AND ").append(columns).append("status = ?");
            parameters.add(status.wireName());
        });
    }
}
