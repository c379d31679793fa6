package io.runledger.storage.sql.jdbc;

import io.runledger.storage.api.Run;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Folds the rows of runs joined with their labels ({@link RunRows#COLUMNS}, then
 * {@link RunLabelRows#LABEL}; one row per label, one with NULL label columns for a run without
 * labels; a run's rows adjacent) into one run each, handed to a sink in row order.
 */
public final class RunFold {
    private static final int LABEL_COLUMN = 1 + RunRows.COLUMNS.count();

    private final Consumer<Run> sink;
    private final Map<String, String> labels = new HashMap<>();
    private Function<Map<String, String>, Run> current;
    private String currentId;

    /** A fold handing each completed run to {@code sink}. */
    public RunFold(Consumer<Run> sink) {
        this.sink = sink;
    }

    /** Takes the next row; the run before it is complete when this row starts another. */
    public void row(ColumnReader row) throws SQLException {
        String runId = row.text(1);
        if (current == null || !currentId.equals(runId)) {
            end();
            currentId = runId;
            current = RunRows.read(row, 1);
        }
        RunLabelRows.readLabel(row, LABEL_COLUMN, labels);
    }

    /** Hands over the last run, after the last row. */
    public void end() {
        if (current != null) {
            sink.accept(current.apply(labels));
            labels.clear();
            current = null;
        }
    }
}
