package io.runledger.storage.api;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A step of a run; its id is unique within the run. */
public record Step(RunId runId, StepId stepId, String name, StepStatus status, Optional<Instant> startedAt,
                   Optional<Instant> finishedAt, CanonicalJson stats) implements LedgerRecord {
    public Step {
        Objects.requireNonNull(runId, "run_id");
        Objects.requireNonNull(stepId, "step_id");
        Texts.requireText("name", name);
        Objects.requireNonNull(status, "status");
        Timestamps.requireMicros("started_at", startedAt);
        Timestamps.requireMicros("finished_at", finishedAt);
        Objects.requireNonNull(stats, "stats");
    }

    /** This step in another status with the given times and stats. */
    public Step with(StepStatus newStatus, Optional<Instant> newStartedAt, Optional<Instant> newFinishedAt,
                     CanonicalJson newStats) {
        return new Step(runId, stepId, name, newStatus, newStartedAt, newFinishedAt, newStats);
    }
}
