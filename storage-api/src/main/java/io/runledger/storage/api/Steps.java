package io.runledger.storage.api;

import java.util.Optional;

/** The steps of runs. Every write is durable when the method returns. */
public interface Steps {
    /**
     * Stores a new step of an existing run ({@link ReasonCode#RUN_NOT_FOUND} otherwise). Retry-safe:
     * the identical step again is {@link WriteOutcome#ALREADY_PRESENT}; another step with the same
     * run and step id raises {@link ReasonCode#DUPLICATE_ID}.
     */
    WriteOutcome create(Step step);

    /** The step with these ids, if there is one. */
    Optional<Step> find(RunId runId, StepId stepId);

    /** The steps of one run in {@code step_id} order; the page key is the step id. */
    Page<Step> list(RunId runId, PageRequest page);

    /**
     * Replaces a step's status, times and stats with those of {@code next}, but only while its stored
     * status is still {@code expected}: {@link ReasonCode#STEP_NOT_FOUND} if there is no such step,
     * {@link ReasonCode#INVALID_STATUS_TRANSITION} if another writer changed it meanwhile.
     */
    void update(Step next, StepStatus expected);
}
