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
 * The selected runs are read from the runs' index ({@code runs (created_at, run_id, status, finished_at)})
 * or, with a label filter, from that label's rows alone, and per group from the group-by label's rows:
 * label rows carry copies of their run's columns ({@code run_labels (name, run_created_at, value,
 * run_status, run_finished_at)}, V7), so each pass is one walk of one index, with no look-up per run and
 * no join. Only grouping and filtering by two labels joins two label rows of a run.
 */
final class RunStatsStatements {
    /** The runs' own rows. */
    private static final Rows RUNS = new Rows("runs", "r", "");
    /** The rows of the filter's label, with their copies of the run's columns. */
    private static final Rows FILTER_LABEL = new Rows("run_labels", "f", "run_");
    /** The rows of the group-by label, with their copies of the run's columns. */
    private static final Rows GROUP_LABEL = new Rows("run_labels", "g", "run_");

    private final RunStatsQuery query;
    private final IdOrder order;
    /** Where the selected runs are read: the filter label's rows when there is a filter, else the runs. */
    private final Rows selected;

    /**
     * Rows that hold a run's id, creation time, status and finish time: a table, its alias, and the
     * prefix of those columns' names (a label row's copies are {@code run_created_at} …).
     */
    private record Rows(String table, String alias, String copies) {
        String column(String name) {
            return alias + "." + copies + name;
        }

        String runId() {
            return alias + ".run_id";
        }
    }

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
        this.selected = query.label().isPresent() ? FILTER_LABEL : RUNS;
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
        StringBuilder sql = new StringBuilder("SELECT ").append(RunTallyCode.sql(selected.column("created_at"),
                selected.column("status"), selected.column("finished_at"), "0"));
        fromSelected(sql, parameters);
        return new Bound(sql.toString(), parameters);
    }

    /** One row, one column: how many runs the query selects. */
    Bound count() {
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT count(*)");
        fromSelected(sql, parameters);
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
        StringBuilder sql = new StringBuilder("SELECT ").append(RunTallyCode.sql(GROUP_LABEL.column("created_at"),
                GROUP_LABEL.column("status"), GROUP_LABEL.column("finished_at"), group.toString()));
        sql.append(numbered.isEmpty() ? ", g.value" : "").append(" FROM run_labels g");
        query.label().ifPresent(label -> {
            // a run has at most one value per label name, so no run repeats
            sql.append(" JOIN run_labels f ON f.run_id = g.run_id AND f.name = ? AND f.value = ?");
            parameters.add(label.name());
            parameters.add(label.value());
        });
        where(sql, parameters, GROUP_LABEL);
        sql.append(" AND g.name = ?");
        parameters.add(query.groupBy().orElseThrow());
        return new Bound(sql.toString(), parameters);
    }

    /** Rows of (run_id, created_at, status, finished_at): the latest selected runs, newest first. */
    Bound latest() {
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT ").append(selected.runId()).append(", ")
                .append(selected.column("created_at")).append(", ").append(selected.column("status")).append(", ")
                .append(selected.column("finished_at"));
        fromSelected(sql, parameters);
        sql.append(" ORDER BY ").append(selected.column("created_at")).append(" DESC, ")
                .append(order.sql(selected.runId())).append(" DESC LIMIT ").append(query.maxPoints());
        return new Bound(sql.toString(), parameters);
    }

    /** FROM and WHERE of the selected runs: the runs in range, or the filter label's rows in range. */
    private void fromSelected(StringBuilder sql, List<Object> parameters) {
        sql.append(" FROM ").append(selected.table()).append(' ').append(selected.alias());
        where(sql, parameters, selected);
        query.label().ifPresent(label -> {
            sql.append(" AND f.name = ? AND f.value = ?");
            parameters.add(label.name());
            parameters.add(label.value());
        });
    }

    /** The WHERE clause of the range and status, on {@code rows}' columns (or their copies of them). */
    private void where(StringBuilder sql, List<Object> parameters, Rows rows) {
        sql.append(" WHERE ").append(rows.column("created_at")).append(" >= ? AND ").append(rows.column("created_at"))
                .append(" < ?");
        parameters.add(query.from());
        parameters.add(query.to());
        query.status().ifPresent(status -> {
            sql.append(" AND ").append(rows.column("status")).append(" = ?");
            parameters.add(status.wireName());
        });
    }
}
