package io.runledger.storage.sql.jdbc;

import io.runledger.storage.api.CanonicalJson;
import io.runledger.storage.api.RunId;
import io.runledger.storage.api.Step;
import io.runledger.storage.api.StepId;
import io.runledger.storage.api.StepStatus;
import io.runledger.storage.sql.entity.StepEntity;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The one row mapping of {@code run_steps}: its columns, a row read from a result set, a step bound to
 * a statement, and the entity for single-record operations. A new column is added here and in
 * {@link StepEntity}.
 */
public final class StepRows {
    static final TableColumns COLUMNS = TableColumns.of("run_steps",
            "run_id", "step_id", "name", "status", "started_at", "finished_at", "stats");

    private StepRows() {
    }

    /** The step whose columns start at {@code first}. */
    static Step read(ResultSet rows, int first) throws SQLException {
        return new Step(new RunId(rows.getString(first)), new StepId(rows.getString(first + 1)), rows.getString(first + 2),
                JdbcValues.wire(rows.getString(first + 3), StepStatus::fromWire, "step status"),
                JdbcValues.instant(rows, first + 4), JdbcValues.instant(rows, first + 5),
                new CanonicalJson(rows.getString(first + 6)));
    }

    /** Binds the step's columns to parameters 1… of {@link TableColumns#insert()}. */
    static void bind(PreparedStatement statement, Step step) throws SQLException {
        statement.setString(1, step.runId().value());
        statement.setString(2, step.stepId().value());
        statement.setString(3, step.name());
        statement.setString(4, step.status().wireName());
        JdbcValues.bindInstant(statement, 5, step.startedAt());
        JdbcValues.bindInstant(statement, 6, step.finishedAt());
        statement.setString(7, step.stats().text());
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
