package io.runledger.storage.sql.jdbc;

import io.runledger.storage.api.RunStatsQuery;
import io.runledger.storage.api.RunStatus;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The portable SQL texts of {@link RunStatsReading} for one query's shape: which runs it selects
 * ({@code created_at} in range, status, a label) and whether it groups by a label's value. Each text
 * comes with its parameters in order; the shapes are few, so drivers can reuse their prepared forms.
 * A label filter is a join, not a correlated {@code EXISTS}, so that the planner may start from the
 * label's index ({@code run_labels (name, value, run_id)}) and visit only the labelled runs.
 */
final class RunStatsStatements {
    /** The group column's number for a run without the group-by label. */
    static final int NO_GROUP = -1;
    /** The group column's number for a value that is not among the numbered ones: read the value column. */
    static final int UNNUMBERED = -2;
    /**
     * At most this many group-by values are numbered in the statement: a number crosses the driver
     * more cheaply than a text, but each number is one more comparison a row (docs/PERFORMANCE.md).
     */
    static final int MAX_NUMBERED = 16;

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
     * The values of the group-by label in the store, at most {@link #MAX_NUMBERED} + 1 of them: one
     * index seek each ({@code run_labels (name, value, run_id)}), however many runs carry them.
     */
    Bound groupValues(String label) {
        return new Bound("WITH RECURSIVE v (value, n) AS (SELECT min(value), 1 FROM run_labels WHERE name = ?"
                + " UNION ALL SELECT (SELECT min(l.value) FROM run_labels l WHERE l.name = ? AND l.value > v.value), v.n + 1"
                + " FROM v WHERE v.value IS NOT NULL AND v.n <= ?) SELECT value FROM v WHERE value IS NOT NULL",
                List.of(label, label, MAX_NUMBERED));
    }

    /**
     * Rows of (status as its {@code RunStatus} ordinal, duration or NULL[, group number, group value]),
     * one per selected run, in no order: one pass over the runs (and one label look-up each when
     * grouped), nothing sorted. The status comes as a number so that no text crosses per row; so does
     * the group-by value when it is one of {@code numbered} (its index there), {@link #NO_GROUP} when
     * the run lacks the label, {@link #UNNUMBERED} when the value column must be read.
     */
    Bound tally(List<String> numbered) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT CASE r.status");
        for (RunStatus status : RunStatus.values()) {
            sql.append(" WHEN '").append(status.wireName()).append("' THEN ").append(status.ordinal());
        }
        sql.append(" ELSE -1 END, r.finished_at - r.created_at");
        if (query.groupBy().isPresent()) {
            sql.append(", CASE WHEN g.value IS NULL THEN ").append(NO_GROUP);
            for (int i = 0; i < numbered.size(); i++) {
                sql.append(" WHEN g.value = ? THEN ").append(i);
                parameters.add(numbered.get(i));
            }
            sql.append(" ELSE ").append(UNNUMBERED).append(" END, g.value");
        }
        sql.append(" FROM runs r");
        labelJoin(sql, parameters);
        query.groupBy().ifPresent(name -> {
            sql.append(" LEFT JOIN run_labels g ON g.run_id = r.run_id AND g.name = ?");
            parameters.add(name);
        });
        return where(sql, parameters, "");
    }

    /** Rows of (run_id, created_at, status, finished_at): the latest selected runs, newest first. */
    Bound latest() {
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT r.run_id, r.created_at, r.status, r.finished_at FROM runs r");
        labelJoin(sql, parameters);
        return where(sql, parameters, " ORDER BY r.created_at DESC, " + order.sql("r.run_id") + " DESC LIMIT "
                + query.maxPoints());
    }

    /** The label filter as an inner join: a run has at most one value per label name, so no run repeats. */
    private void labelJoin(StringBuilder sql, List<Object> parameters) {
        query.label().ifPresent(label -> {
            sql.append(" JOIN run_labels f ON f.run_id = r.run_id AND f.name = ? AND f.value = ?");
            parameters.add(label.name());
            parameters.add(label.value());
        });
    }

    private Bound where(StringBuilder sql, List<Object> parameters, String tail) {
        sql.append(" WHERE r.created_at >= ? AND r.created_at < ?");
        parameters.add(query.from());
        parameters.add(query.to());
        query.status().ifPresent(status -> {
            sql.append(" AND r.status = ?");
            parameters.add(status.wireName());
        });
        return new Bound(sql.append(tail).toString(), parameters);
    }
}
