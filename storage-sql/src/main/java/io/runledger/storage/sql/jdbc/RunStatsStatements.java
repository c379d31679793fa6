package io.runledger.storage.sql.jdbc;

import io.runledger.storage.api.RunStatsQuery;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The portable SQL texts of {@link RunStatsReading}, for one query's shape: which runs it selects
 * ({@code created_at} in range, status, a label), and whether it groups by a label's value. Each text
 * comes with its parameters in order; the shapes are few, so drivers can reuse their prepared forms.
 */
final class RunStatsStatements {
    /** The nearest-rank rule of {@code RunStatsGroup.nearestRank} in SQL integers: {@code ceil(p * n / 100)}. */
    private static final String RANK = "(n * %d + 99) / 100";

    private final RunStatsQuery query;
    private final boolean grouped;
    private final IdOrder order;

    /** A statement text with its parameters (Instant, String or Long) in order. */
    record Bound(String sql, List<Object> parameters) {
        void bind(PreparedStatement statement) throws SQLException {
            for (int i = 0; i < parameters.size(); i++) {
                Object value = parameters.get(i);
                if (value instanceof Instant instant) {
                    JdbcValues.bindInstant(statement, i + 1, instant);
                } else if (value instanceof Long number) {
                    statement.setLong(i + 1, number);
                } else {
                    statement.setString(i + 1, (String) value);
                }
            }
        }
    }

    RunStatsStatements(RunStatsQuery query, boolean grouped, IdOrder order) {
        this.query = query;
        this.grouped = grouped && query.groupBy().isPresent();
        this.order = order;
    }

    /** Rows of (group value when grouped, status, count). */
    Bound counts() {
        String group = grouped ? "g.value, " : "";
        return selection("SELECT " + group + "r.status, COUNT(*)", "", " GROUP BY " + group + "r.status");
    }

    /** Rows of (group value when grouped, p50, p95) over finished runs; no row (or NULLs) when none finished. */
    Bound percentiles() {
        String partition = grouped ? "PARTITION BY g.value " : "";
        Bound inner = selection("SELECT " + (grouped ? "g.value AS v, " : "")
                + "r.finished_at - r.created_at AS d, ROW_NUMBER() OVER (" + partition
                + "ORDER BY r.finished_at - r.created_at) AS rn, COUNT(*) OVER (" + partition.trim() + ") AS n",
                " AND r.finished_at IS NOT NULL", "");
        String sql = "SELECT " + (grouped ? "v, " : "")
                + "MAX(CASE WHEN rn = " + RANK.formatted(50) + " THEN d END), "
                + "MAX(CASE WHEN rn = " + RANK.formatted(95) + " THEN d END) FROM (" + inner.sql() + ") ranked"
                + (grouped ? " GROUP BY v" : "");
        return new Bound(sql, inner.parameters());
    }

    /** Rows of (run_id, created_at, status, finished_at): every {@code stride}-th matching run in chart order. */
    Bound points(long stride, int limit) {
        String chartOrder = "r.created_at, " + order.sql("r.run_id");
        if (stride == 1) {
            return selection("SELECT r.run_id, r.created_at, r.status, r.finished_at", "",
                    " ORDER BY " + chartOrder + " LIMIT " + limit);
        }
        Bound numbered = selection("SELECT r.run_id, r.created_at, r.status, r.finished_at, ROW_NUMBER() OVER (ORDER BY "
                + chartOrder + ") AS rn", "", "");
        List<Object> parameters = new ArrayList<>(numbered.parameters());
        parameters.add(stride);
        return new Bound("SELECT run_id, created_at, status, finished_at FROM (" + numbered.sql()
                + ") numbered WHERE (rn - 1) % ? = 0 ORDER BY rn", parameters);
    }

    private Bound selection(String select, String extraCondition, String tail) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder(select).append(" FROM runs r");
        if (grouped) {
            sql.append(" JOIN run_labels g ON g.run_id = r.run_id AND g.name = ?");
            parameters.add(query.groupBy().orElseThrow());
        }
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
        sql.append(extraCondition).append(tail);
        return new Bound(sql.toString(), parameters);
    }
}
