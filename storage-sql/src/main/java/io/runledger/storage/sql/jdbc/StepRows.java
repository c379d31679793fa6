package io.runledger.storage.sql.jdbc;

import io.runledger.storage.api.CanonicalJson;
import io.runledger.storage.api.PageRequest;
import io.runledger.storage.api.RunId;
import io.runledger.storage.api.Step;
import io.runledger.storage.api.StepId;
import io.runledger.storage.api.StepStatus;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one row mapping of {@code run_steps}: its columns, a row read ({@link ColumnReader}), a step written
 * as a row ({@link ColumnWriter}), and a step's reads and one-row writes; steps have no entity. A new
 * column is added here.
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

    /** The step with these ids, if there is one. */
    public static Optional<Step> find(Connection connection, RunId runId, StepId stepId) throws SQLException {
        List<Step> found = new ArrayList<>(1);
        JdbcRows.each(connection, "SELECT " + COLUMNS.list("") + " FROM " + COLUMNS.table()
                        + " WHERE run_id = ? AND step_id = ?",
                statement -> {
                    statement.setString(1, runId.value());
                    statement.setString(2, stepId.value());
                }, row -> found.add(read(ColumnReader.of(row), 1)));
        return found.stream().findFirst();
    }

    /**
     * The steps of a run after the page's key, {@code limit + 1} of them in byte order of their ids
     * ({@code order}), for {@link Pages#of}.
     */
    public static List<Step> page(Connection connection, IdOrder order, RunId runId, PageRequest page) throws SQLException {
        List<Step> steps = new ArrayList<>();
        String after = page.after().isPresent() ? " AND " + order.sql("step_id") + " > ?" : "";
        JdbcRows.each(connection, "SELECT " + COLUMNS.list("") + " FROM " + COLUMNS.table() + " WHERE run_id = ?" + after
                        + " ORDER BY " + order.sql("step_id") + " LIMIT " + Pages.fetchSize(page),
                statement -> {
                    statement.setString(1, runId.value());
                    if (page.after().isPresent()) {
                        statement.setString(2, page.after().get());
                    }
                }, row -> steps.add(read(ColumnReader.of(row), 1)));
        return steps;
    }

    /** Inserts the step's row. */
    public static void insert(Connection connection, Step step) throws SQLException {
        StatementColumns.insert(connection, COLUMNS, row -> write(row, step));
    }

    /**
     * Moves the step from status {@code expected} to {@code next}'s status, times and stats; false, and
     * nothing changed, when no step with these ids is in {@code expected}.
     */
    public static boolean update(Connection connection, Step next, StepStatus expected) throws SQLException {
        return StatementColumns.update(connection, "UPDATE " + COLUMNS.table() + " SET status = ?, started_at = ?,"
                + " finished_at = ?, stats = ? WHERE run_id = ? AND step_id = ? AND status = ?", row -> {
                    row.text(next.status().wireName());
                    row.instant(next.startedAt());
                    row.instant(next.finishedAt());
                    row.text(next.stats().text());
                    row.text(next.runId().value());
                    row.text(next.stepId().value());
                    row.text(expected.wireName());
                }) == 1;
    }
}
