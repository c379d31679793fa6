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
import io.runledger.storage.sql.entity.RunEntity;
import io.runledger.storage.sql.entity.RunLabelEntity;
import io.runledger.storage.sql.jdbc.Pages;
import io.runledger.storage.sql.jdbc.RunLabelRows;
import io.runledger.storage.sql.jdbc.RunListing;
import io.runledger.storage.sql.jdbc.RunRows;
import io.runledger.storage.sql.jdbc.RunStatsReading;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.hibernate.StatelessSession;

/** {@link Runs} over the {@code runs} and {@code run_labels} tables. */
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
        return sessions.write("create run " + run.runId(), session -> {
            RunEntity existing = session.get(RunEntity.class, run.runId().value());
            if (existing != null) {
                if (RunRows.run(existing, labels(session, run.runId().value())).equals(run)) {
                    return WriteOutcome.ALREADY_PRESENT;
                }
                throw new StoreException(ReasonCode.DUPLICATE_ID,
                        "run " + run.runId() + " already exists with other content");
            }
            session.insert(RunRows.entity(run));
            RunLabelRows.entities(run).forEach(session::insert);
            return WriteOutcome.CREATED;
        });
    }

    @Override
    public Optional<Run> find(RunId runId) {
        return sessions.read("read run " + runId, session -> Optional
                .ofNullable(session.get(RunEntity.class, runId.value()))
                .map(row -> RunRows.run(row, labels(session, row.runId()))));
    }

    @Override
    public Page<Run> list(RunFilter filter, PageRequest page) {
        return sessions.readStatement("list runs",
                connection -> Pages.of(listing.read(connection, filter, page), page, r -> r.runId().value()));
    }

    @Override
    public RunStats stats(RunStatsQuery query) {
        return sessions.read("aggregate runs", session -> session.doReturningWork(c -> statsReading.read(c, query)));
    }

    @Override
    public void update(Run next, RunStatus expected) {
        String runId = next.runId().value();
        sessions.write("update run " + runId, session -> {
            int changed = session.createMutationQuery("update RunEntity r set r.status = :status,"
                            + " r.finishedAt = :finishedAt where r.runId = :runId and r.status = :expected")
                    .setParameter("status", next.status().wireName())
                    .setParameter("finishedAt", next.finishedAt().orElse(null))
                    .setParameter("runId", runId)
                    .setParameter("expected", expected.wireName())
                    .executeUpdate();
            if (changed == 0) {
                RunEntity stored = session.get(RunEntity.class, runId);
                if (stored == null) {
                    throw new StoreException(ReasonCode.RUN_NOT_FOUND, "run " + runId + " does not exist");
                }
                throw new StoreException(ReasonCode.INVALID_STATUS_TRANSITION, "run " + runId + " is "
                        + stored.status() + ", not " + expected + "; another writer changed it meanwhile");
            }
            session.createMutationQuery("delete from RunLabelEntity l where l.runId = :runId")
                    .setParameter("runId", runId)
                    .executeUpdate();
            RunLabelRows.entities(next).forEach(session::insert);
            return null;
        });
    }

    private static Map<String, String> labels(StatelessSession session, String runId) {
        Map<String, String> labels = new TreeMap<>();
        session.createSelectionQuery("from RunLabelEntity l where l.runId = :runId", RunLabelEntity.class)
                .setParameter("runId", runId)
                .getResultList()
                .forEach(l -> labels.put(l.name(), l.value()));
        return labels;
    }
}
