package io.runledger.storage.api;

import java.util.Optional;

/** The runs of a store. Every write is durable when the method returns. */
public interface Runs {
    /**
     * Stores a new run. Retry-safe: the identical run again is {@link WriteOutcome#ALREADY_PRESENT}
     * and changes nothing; another run with the same id raises {@link ReasonCode#DUPLICATE_ID}.
     */
    WriteOutcome create(Run run);

    /** The run with this id, if there is one. */
    Optional<Run> find(RunId runId);

    /** Runs matching the filter in {@code run_id} order; the page key is the run id. */
    Page<Run> list(RunFilter filter, PageRequest page);

    /**
     * Replaces a run's status, finish time and labels with those of {@code next}, but only while its
     * stored status is still {@code expected}: {@link ReasonCode#RUN_NOT_FOUND} if there is no such
     * run, {@link ReasonCode#INVALID_STATUS_TRANSITION} if another writer changed it meanwhile.
     */
    void update(Run next, RunStatus expected);

    /**
     * Aggregates of the runs the query selects, computed by the store without handing every run to the
     * caller: counts per status, success rate and nearest-rank p50/p95 of finished runs' durations,
     * overall and per label value, and the latest {@code maxPoints} runs as chart points
     * ({@link RunStats}). Every store answers the same for the same content.
     */
    RunStats stats(RunStatsQuery query);
}
