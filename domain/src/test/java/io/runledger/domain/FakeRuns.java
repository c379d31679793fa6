package io.runledger.domain;

import io.runledger.storage.api.Page;
import io.runledger.storage.api.PageRequest;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.Run;
import io.runledger.storage.api.RunFilter;
import io.runledger.storage.api.RunId;
import io.runledger.storage.api.RunStats;
import io.runledger.storage.api.RunStatsQuery;
import io.runledger.storage.api.RunStatsTally;
import io.runledger.storage.api.RunStatus;
import io.runledger.storage.api.Runs;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.WriteOutcome;
import java.util.ArrayList;
import java.util.Optional;
import java.util.TreeMap;

/** The Runs port in memory, following its contract; {@code hideNextFind} simulates a racing writer. */
final class FakeRuns implements Runs {
    final TreeMap<RunId, Run> stored = new TreeMap<>();
    boolean hideNextFind;

    @Override
    public WriteOutcome create(Run run) {
        Run existing = stored.putIfAbsent(run.runId(), run);
        if (existing == null) {
            return WriteOutcome.CREATED;
        }
        if (existing.equals(run)) {
            return WriteOutcome.ALREADY_PRESENT;
        }
        throw new StoreException(ReasonCode.DUPLICATE_ID, "run " + run.runId() + " exists");
    }

    @Override
    public Optional<Run> find(RunId runId) {
        if (hideNextFind) {
            hideNextFind = false;
            return Optional.empty();
        }
        return Optional.ofNullable(stored.get(runId));
    }

    @Override
    public Page<Run> list(RunFilter filter, PageRequest page) {
        return new Page<>(new ArrayList<>(stored.values()), Optional.empty());
    }

    @Override
    public RunStats stats(RunStatsQuery query) {
        RunStatsTally tally = new RunStatsTally(query);
        stored.values().forEach(tally::add);
        return tally.result();
    }

    @Override
    public void update(Run next, RunStatus expected) {
        Run current = stored.get(next.runId());
        if (current == null) {
            throw new StoreException(ReasonCode.RUN_NOT_FOUND, "no run " + next.runId());
        }
        if (current.status() != expected) {
            throw new StoreException(ReasonCode.INVALID_STATUS_TRANSITION, "changed meanwhile");
        }
        stored.put(next.runId(), next);
    }
}
