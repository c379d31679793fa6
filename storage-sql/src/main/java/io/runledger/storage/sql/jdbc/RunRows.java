package io.runledger.storage.sql.jdbc;

import io.runledger.storage.api.CanonicalJson;
import io.runledger.storage.api.Run;
import io.runledger.storage.api.RunId;
import io.runledger.storage.api.RunStatus;
import io.runledger.storage.sql.entity.RunEntity;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one row mapping of {@code runs}: its columns, a row read ({@link ColumnReader}), a run written
 * as a row ({@link ColumnWriter}), and the entity for single-record operations. A new column is added here and in
 * {@link RunEntity}; the bulk paths ({@link ContentScan}, {@link RunListing}, {@link ContentInserts})
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
