package io.runledger.storage.sql.jdbc;

import io.runledger.storage.api.CanonicalJson;
import io.runledger.storage.api.Run;
import io.runledger.storage.api.RunId;
import io.runledger.storage.api.RunStatus;
import io.runledger.storage.sql.entity.RunEntity;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one row mapping of {@code runs}: its columns, a row read from a result set, a run bound to a
 * statement, and the entity for single-record operations. A new column is added here and in
 * {@link RunEntity}; the bulk paths ({@link ContentScan}, {@link RunListing}, {@link ContentInserts})
 * follow. Labels live in {@code run_labels} ({@link RunLabelRows}).
 */
public final class RunRows {
    static final TableColumns COLUMNS = TableColumns.of("runs",
            "run_id", "created_at", "args", "git_sha", "config_hash", "status", "finished_at");

    private RunRows() {
    }

    /**
     * Reads the run's columns from {@code first} on; the result makes the run once its labels, which
     * arrive in other rows, are known.
     */
    static Function<Map<String, String>, Run> read(ResultSet rows, int first) throws SQLException {
        RunId runId = new RunId(rows.getString(first));
        Instant createdAt = JdbcValues.instant(rows, first + 1).orElseThrow();
        CanonicalJson args = new CanonicalJson(rows.getString(first + 2));
        Optional<String> gitSha = Optional.ofNullable(rows.getString(first + 3));
        Optional<String> configHash = Optional.ofNullable(rows.getString(first + 4));
        RunStatus status = JdbcValues.wire(rows.getString(first + 5), RunStatus::fromWire, "run status");
        Optional<Instant> finishedAt = JdbcValues.instant(rows, first + 6);
        return labels -> new Run(runId, createdAt, args, gitSha, configHash, status, finishedAt, labels);
    }

    /** Binds the run's columns to parameters 1… of {@link TableColumns#insert()}. */
    static void bind(PreparedStatement statement, Run run) throws SQLException {
        statement.setString(1, run.runId().value());
        JdbcValues.bindInstant(statement, 2, run.createdAt());
        statement.setString(3, run.args().text());
        JdbcValues.bindText(statement, 4, run.gitSha());
        JdbcValues.bindText(statement, 5, run.configHash());
        statement.setString(6, run.status().wireName());
        JdbcValues.bindInstant(statement, 7, run.finishedAt());
    }

    public static RunEntity entity(Run run) {
        return new RunEntity(run.runId().value(), run.createdAt(), run.args().text(), run.gitSha().orElse(null),
                run.configHash().orElse(null), run.status().wireName(), run.finishedAt().orElse(null));
    }

    public static Run run(RunEntity row, Map<String, String> labels) {
        return new Run(new RunId(row.runId()), row.createdAt(), new CanonicalJson(row.args()),
                Optional.ofNullable(row.gitSha()), Optional.ofNullable(row.configHash()),
                JdbcValues.wire(row.status(), RunStatus::fromWire, "run status"), Optional.ofNullable(row.finishedAt()),
                labels);
    }
}
