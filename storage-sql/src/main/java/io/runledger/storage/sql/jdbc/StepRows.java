package io.runledger.storage.sql.jdbc;

import io.runledger.storage.api.CanonicalJson;
import io.runledger.storage.api.RunId;
import io.runledger.storage.api.Step;
import io.runledger.storage.api.StepId;
import io.runledger.storage.api.StepStatus;
import io.runledger.storage.sql.entity.StepEntity;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The one row mapping of {@code run_steps}: its columns, a row read ({@link ColumnReader}), a step written
 * as a row ({@link ColumnWriter}), and the entity for single-record operations. A new column is added here and in
 * {@link StepEntity}.
 */
public final class StepRows {
    public static final TableColumns COLUMNS = TableColumns.of("run_steps",
            "run_id", "step_id", "name", "status", "started_at", "finished_at", "stats");

    private StepRows() {
    }

    /** The step whose columns start at {@code first}. */
    public static Step read(ColumnReader rows, int first) throws SQLException {
        return new Step(new RunId(rows.text(first)), new StepId(rows.text(first + 1)), rows.text(first + 2),
                JdbcValues.wire(rows.text(first + 3), StepStatus::fromWire, "step status"),
                rows.instant(first + 4), rows.instant(first + 5), new CanonicalJson(rows.text(first + 6)));
    }

    /** Writes the step's columns as one row, in the order of {@link #COLUMNS}. */
    public static void write(ColumnWriter row, Step step) throws SQLException {
        row.text(step.runId().value());
        row.text(step.stepId().value());
        row.text(step.name());
        row.text(step.status().wireName());
        row.instant(step.startedAt());
        row.instant(step.finishedAt());
        row.text(step.stats().text());
        row.endRow();
    }

    public static StepEntity entity(Step step) {
        return new StepEntity(step.runId().value(), step.stepId().value(), step.name(), step.status().wireName(),
                step.startedAt().orElse(null), step.finishedAt().orElse(null), step.stats().text());
    }

    public static Step step(StepEntity row) {
        return new Step(new RunId(row.runId()), new StepId(row.stepId()), row.name(),
                JdbcValues.wire(row.status(), StepStatus::fromWire, "step status"), Optional.ofNullable(row.startedAt()),
                Optional.ofNullable(row.finishedAt()), new CanonicalJson(row.stats()));
    }
}
