package io.runledger.storage.sql.jdbc;

import io.runledger.storage.api.Run;
import io.runledger.storage.sql.entity.RunLabelEntity;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * The one row mapping of {@code run_labels}: a run's id, then the label's own columns (name, value).
 * A run's labels are all the rows with its id; readers that join runs to labels read the label's own
 * columns only.
 */
public final class RunLabelRows {
    static final TableColumns COLUMNS = TableColumns.of("run_labels", "run_id", "name", "value");
    /** The label's own columns, after the run id: what a join of runs and labels selects. */
    static final TableColumns LABEL = TableColumns.of("run_labels", "name", "value");

    private RunLabelRows() {
    }

    /** Adds the label whose own columns start at {@code first} to {@code labels}; a NULL name (no label, in an outer join) adds nothing. */
    static void readLabel(ResultSet rows, int first, Map<String, String> labels) throws SQLException {
        String name = rows.getString(first);
        if (name != null) {
            labels.put(name, rows.getString(first + 1));
        }
    }

    /** Binds one label of {@code run} to parameters 1… of {@link TableColumns#insert()}. */
    static void bind(PreparedStatement statement, Run run, Map.Entry<String, String> label) throws SQLException {
        statement.setString(1, run.runId().value());
        statement.setString(2, label.getKey());
        statement.setString(3, label.getValue());
    }

    public static List<RunLabelEntity> entities(Run run) {
        return run.labels().entrySet().stream()
                .map(e -> new RunLabelEntity(run.runId().value(), e.getKey(), e.getValue()))
                .toList();
    }
}
