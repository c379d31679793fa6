package io.runledger.domain;

import io.runledger.format.record.ConfigHash;
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
import io.runledger.storage.api.Timestamps;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Creating, finishing and reading runs. */
public final class RunRecorder {
    private final Runs runs;
    private final IdGenerator ids;
    private final Clock clock;
    private final LedgerObserver observer;

    public RunRecorder(Runs runs, IdGenerator ids, Clock clock) {
        this(runs, ids, clock, LedgerObserver.NONE);
    }

    /** A recorder that tells {@code observer} of every run it stores. */
    public RunRecorder(Runs runs, IdGenerator ids, Clock clock, LedgerObserver observer) {
        this.runs = Objects.requireNonNull(runs, "runs");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.observer = Objects.requireNonNull(observer, "observer");
    }

    /**
     * Creates a run in status running, created now, with {@code config_hash} computed from the config
     * when one is given ({@link ReasonCode#VALIDATION_FAILED} if a given hash disagrees). Retry-safe by
     * client-supplied id: if the run exists with the same args, git_sha, config_hash and labels, the
     * stored run is returned unchanged; with other content it raises {@link ReasonCode#DUPLICATE_ID}.
     */
    public Run create(NewRun draft) {
        Optional<String> configHash = configHash(draft);
        if (draft.runId().isEmpty()) {
            return store(draft, ids.nextRunId(), configHash);
        }
        RunId runId = new RunId(draft.runId().get());
        Optional<Run> existing = runs.find(runId);
        if (existing.isPresent()) {
            return sameOrDuplicate(existing.get(), draft, configHash);
        }
        try {
            return store(draft, runId, configHash);
        } catch (StoreException e) {
            // another writer created this id between our look-up and our write: a retry racing itself
            if (e.reason() != ReasonCode.DUPLICATE_ID) {
                throw e;
            }
            return sameOrDuplicate(runs.find(runId).orElseThrow(() -> e), draft, configHash);
        }
    }

    /**
     * Moves a running run to a final status and sets {@code finished_at} to now. Raises
     * {@link ReasonCode#RUN_NOT_FOUND} and {@link ReasonCode#INVALID_STATUS_TRANSITION}.
     */
    public Run finish(RunId runId, RunStatus status) {
        Run current = get(runId);
        RunTransitions.require(runId, current.status(), status);
        Run next = current.withStatus(status, Optional.of(Timestamps.now(clock)));
        runs.update(next, current.status());
        return next;
    }

    /** The run with this id, if there is one. */
    public Optional<Run> find(RunId runId) {
        return runs.find(runId);
    }

    /** The run with this id; raises {@link ReasonCode#RUN_NOT_FOUND} if there is none. */
    public Run get(RunId runId) {
        return runs.find(runId).orElseThrow(
                () -> new StoreException(ReasonCode.RUN_NOT_FOUND, "run " + runId + " not found"));
    }

    /** Runs matching the filter in {@code run_id} order, one page at a time. */
    public Page<Run> list(RunFilter filter, PageRequest page) {
        return runs.list(filter, page);
    }

    /** Aggregates of the runs the query selects, computed by the store ({@link Runs#stats}). */
    public RunStats stats(RunStatsQuery query) {
        return runs.stats(query);
    }

    private static Optional<String> configHash(NewRun draft) {
        Optional<String> computed = draft.config().map(ConfigHash::of);
        if (computed.isPresent() && draft.configHash().isPresent() && !computed.equals(draft.configHash())) {
            throw new StoreException(ReasonCode.VALIDATION_FAILED, "config_hash " + draft.configHash().get()
                    + " does not match the config given, whose hash is " + computed.get());
        }
        return computed.or(draft::configHash);
    }

    private Run store(NewRun draft, RunId runId, Optional<String> configHash) {
        Instant now = Timestamps.now(clock);
        Run run = new Run(runId, now, draft.args(), draft.gitSha(), configHash, RunStatus.RUNNING,
                Optional.empty(), draft.labels());
        runs.create(run);
        observer.runCreated();
        return run;
    }

    private static Run sameOrDuplicate(Run stored, NewRun draft, Optional<String> configHash) {
        boolean same = stored.args().equals(draft.args()) && stored.gitSha().equals(draft.gitSha())
                && stored.configHash().equals(configHash) && stored.labels().equals(draft.labels());
        if (!same) {
            throw new StoreException(ReasonCode.DUPLICATE_ID,
                    "run " + stored.runId() + " already exists with other content");
        }
        return stored;
    }
}
