package io.runledger.storage.sql.jdbc;

import io.runledger.storage.api.Run;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/**
 * The one row mapping of {@code run_labels}: a run's id, then the label's own columns (name, value),
 * then copies of the run's creation time, status and finish time (V7), which only the per-label run
 * aggregates read ({@link RunStatsStatements}). A run's labels are all the rows with its id; they are
 * written from the whole run, so every write of a run rewrites the copies with it. Readers that join
 * runs to labels read the label's own columns only.
 */
public final class RunLabelRows {
    /** Every column, in the order a row is written. */
    public static final TableColumns COLUMNS = TableColumns.of("run_labels", "run_id", "name", "value",
            "run_created_at", "run_status", "run_finished_at");
    /** The run's id and the label's own columns: what a reader of the labels alone selects. */
    public static final TableColumns OWN = TableColumns.of("run_labels", "run_id", "name", "value");
    /** The label's own columns, after the run id: what a join of runs and labels selects. */
    public static final TableColumns LABEL = TableColumns.of("run_labels", "name", "value");

    private RunLabelRows() {
    }

    /** Adds the label whose own columns start at {@code first} to {@code labels}; a NULL name (no label, in an outer join) adds nothing. */
    public static void readLabel(ColumnReader rows, int first, Map<String, String> labels) throws SQLException {
        String name = rows.text(first);
        if (name != null) {
            labels.put(name, rows.text(first + 1));
        }
    }

    /** Writes each label of {@code run} as one row, in the order of {@link #COLUMNS}. */
    public static void write(ColumnWriter row, Run run) throws SQLException {
        for (Map.Entry<String, String> label : run.labels().entrySet()) {
            row.text(run.runId().value());
            row.text(label.getKey());
            row.text(label.getValue());
            row.instant(run.createdAt());
            row.text(run.status().wireName());
            row.instant(run.finishedAt());
            row.endRow();
        }
    }

    /** Inserts the rows of {@code run}'s labels, if it has any. */
    static void insert(Connection connection, Run run) throws SQLException {
        if (!run.labels().isEmpty()) {
            StatementColumns.insert(connection, COLUMNS, row -> write(row, run));
        }
    }

    /** Replaces the stored rows of {@code run}'s labels with its labels now, and their copies of its columns. */
    static void replace(Connection connection, Run run) throws SQLException {
        StatementColumns.update(connection, "DELETE FROM " + COLUMNS.table() + " WHERE run_id = ?",
                row -> row.text(run.runId().value()));
        insert(connection, run);
    }
}
