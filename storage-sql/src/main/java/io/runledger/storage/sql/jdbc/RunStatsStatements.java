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
 */
final class RunStatsStatements {
    private final RunStatsQuery query;
    private final IdOrder order;

    /** A statement text with its parameters (Instant or String) in order. */
    record Bound(String sql, List<Object> parameters) {
        void bind(PreparedStatement statement) throws SQLException {
            for (int i = 0; i < parameters.size(); i++) {
                if (parameters.get(i) instanceof Instant instant) {
                    JdbcValues.bindInstant(statement, i + 1, instant);
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
     * Rows of (status as its {@code RunStatus} ordinal, duration or NULL[, the group-by label's value or
     * NULL]), one per selected run, in no order: one pass over the runs (and one label look-up each
     * when grouped), nothing sorted. The status comes as a number so that no text crosses per row.
     */
    Bound tally() {
        boolean grouped = query.groupBy().isPresent();
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT CASE r.status");
        for (RunStatus status : RunStatus.values()) {
            sql.append(" WHEN '").append(status.wireName()).append("' THEN ").append(status.ordinal());
        }
        sql.append(" ELSE -1 END, r.finished_at - r.created_at").append(grouped ? ", g.value" : "").append(" FROM runs r");
        if (grouped) {
            sql.append(" LEFT JOIN run_labels g ON g.run_id = r.run_id AND g.name = ?");
            parameters.add(query.groupBy().get());
        }
        return where(sql, parameters, "");
    }

    /** Rows of (run_id, created_at, status, finished_at): the latest selected runs, newest first. */
    Bound latest() {
        return where(new StringBuilder("SELECT r.run_id, r.created_at, r.status, r.finished_at FROM runs r"), new ArrayList<>(),
                " ORDER BY r.created_at DESC, " + order.sql("r.run_id") + " DESC LIMIT " + query.maxPoints());
    }

    private Bound where(StringBuilder sql, List<Object> parameters, String tail) {
        sql.append(" WHERE r.created_at >= ? AND r.created_at < ?");
        parameters.add(query.from());
        parameters.add(query.to());
        query.status().ifPresent(status -> {
            sql.append(" AND r.status = ?");
            parameters.add(status.wireName());
        });
        query.label().ifPresent(label -> {
            sql.append(" AND EXISTS (SELECT 1 FROM run_labels f WHERE f.run_id = r.run_id AND f.name = ? AND f.value = ?)");
            parameters.add(label.name());
            parameters.add(label.value());
        });
        return new Bound(sql.append(tail).toString(), parameters);
    }
}
