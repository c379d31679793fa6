package io.runledger.storage.sql.ports;

import io.runledger.storage.api.Page;
import io.runledger.storage.api.PageRequest;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.Run;
import io.runledger.storage.api.RunFilter;
import io.runledger.storage.api.RunId;
import io.runledger.storage.api.RunStats;
import io.runledger.storage.api.RunStatsQuery;
import io.runledger.storage.api.RunStatus;
import io.runledger.storage.api.Runs;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.WriteOutcome;
import io.runledger.storage.sql.jdbc.Pages;
import io.runledger.storage.sql.jdbc.RunListing;
import io.runledger.storage.sql.jdbc.RunRows;
import io.runledger.storage.sql.jdbc.RunStatsReading;
import java.util.Optional;

/**
 * {@link Runs} over the {@code runs} and {@code run_labels} tables, in plain JDBC through the row
 * mappings ({@link RunRows}): a recorder command or a server that only records runs builds no ORM.
 */
public final class SqlRuns implements Runs {
    private final SqlSessions sessions;
    private final RunListing listing;
    private final RunStatsReading statsReading;

    public SqlRuns(SqlSessions sessions) {
        this.sessions = sessions;
        this.listing = new RunListing(sessions.order());
        this.statsReading = new RunStatsReading(sessions.order());
    }

    @Override
    public WriteOutcome create(Run run) {
        return sessions.write("create run " + run.runId(), connection -> {
            Optional<Run> existing = RunListing.one(connection, run.runId());
            if (existing.isPresent()) {
                if (existing.get().equals(run)) {
                    return WriteOutcome.ALREADY_PRESENT;
                }
                throw new StoreException(ReasonCode.DUPLICATE_ID,
                        "run " + run.runId() + " already exists with other content");
            }
            RunRows.insert(connection, run);
            return WriteOutcome.CREATED;
        });
    }

    @Override
    public Optional<Run> find(RunId runId) {
        return sessions.readStatement("read run " + runId, connection -> RunListing.one(connection, runId));
    }

    @Override
    public Page<Run> list(RunFilter filter, PageRequest page) {
        return sessions.readStatement("list runs",
                connection -> Pages.of(listing.read(connection, filter, page), page, r -> r.runId().value()));
    }

    @Override
    public RunStats stats(RunStatsQuery query) {
        return sessions.readStatements("aggregate runs", connection -> statsReading.read(connection, query));
    }

    @Override
    public void update(Run next, RunStatus expected) {
        RunId runId = next.runId();
        sessions.write("update run " + runId, connection -> {
            if (!RunRows.update(connection, next, expected)) {
                Run stored = RunListing.one(connection, runId).orElseThrow(() -> new StoreException(
                        ReasonCode.RUN_NOT_FOUND, "run " + runId + " does not exist"));
                throw new StoreException(ReasonCode.INVALID_STATUS_TRANSITION, "run " + runId + " is "
                        + stored.status() + ", not " + expected + "; another writer changed it meanwhile");
            }
            return null;
        });
    }
}
