package io.runledger.storage.sql.jdbc;

import io.runledger.storage.api.CanonicalJson;
import io.runledger.storage.api.Run;
import io.runledger.storage.api.RunId;
import io.runledger.storage.api.RunStatus;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one row mapping of {@code runs}: its columns, a row read ({@link ColumnReader}), a run written
 * as a row ({@link ColumnWriter}), and a run's one-row writes; runs have no entity. A new column is
 * added here, and the bulk paths ({@link ContentScan}, {@link RunListing}, {@link ContentInserts})
 * follow. Labels live in {@code run_labels} ({@link RunLabelRows}).
 */
public final class RunRows {
    public static final TableColumns COLUMNS = TableColumns.of("runs",
            "run_id", "created_at", "args", "git_sha", "config_hash", "status", "finished_at");

    private RunRows() {
    }

    /**
     * Reads the run's columns from {@code first} on; the result makes the run once its labels, which
     * arrive in other rows, are known.
     */
    public static Function<Map<String, String>, Run> read(ColumnReader rows, int first) throws SQLException {
        RunId runId = new RunId(rows.text(first));
        Instant createdAt = rows.instant(first + 1).orElseThrow();
        CanonicalJson args = new CanonicalJson(rows.text(first + 2));
        Optional<String> gitSha = Optional.ofNullable(rows.text(first + 3));
        Optional<String> configHash = Optional.ofNullable(rows.text(first + 4));
        RunStatus status = JdbcValues.wire(rows.text(first + 5), RunStatus::fromWire, "run status");
        Optional<Instant> finishedAt = rows.instant(first + 6);
        return labels -> new Run(runId, createdAt, args, gitSha, configHash, status, finishedAt, labels);
    }

    /** Writes the run's own columns as one row, in the order of {@link #COLUMNS} (its labels are {@link RunLabelRows}'). */
    public static void write(ColumnWriter row, Run run) throws SQLException {
        row.text(run.runId().value());
        row.instant(run.createdAt());
        row.text(run.args().text());
        row.text(run.gitSha());
        row.text(run.configHash());
        row.text(run.status().wireName());
        row.instant(run.finishedAt());
        row.endRow();
    }

    /** Inserts the run's row and the rows of its labels. */
    public static void insert(Connection connection, Run run) throws SQLException {
        StatementColumns.insert(connection, COLUMNS, row -> write(row, run));
        RunLabelRows.insert(connection, run);
    }

    /**
     * Moves the run from status {@code expected} to {@code next}'s status and finish time, rewriting its
     * labels' copies of them; false, and nothing changed, when no run with that id is in {@code expected}.
     */
    public static boolean update(Connection connection, Run next, RunStatus expected) throws SQLException {
        int changed = StatementColumns.update(connection, "UPDATE " + COLUMNS.table()
                + " SET status = ?, finished_at = ? WHERE run_id = ? AND status = ?", row -> {
                    row.text(next.status().wireName());
                    row.instant(next.finishedAt());
                    row.text(next.runId().value());
                    row.text(expected.wireName());
                });
        if (changed == 0) {
            return false;
        }
        RunLabelRows.replace(connection, next);
        return true;
    }
}
