package io.runledger.storage.api;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/** One run on the stats chart: its id, creation time, status and, once finished, its duration in microseconds. */
public record RunPoint(RunId runId, Instant createdAt, RunStatus status, Optional<Long> durationMicros) {
    public RunPoint {
        Objects.requireNonNull(runId, "run_id");
        Timestamps.requireMicros("created_at", createdAt);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(durationMicros, "duration");
    }

    /** A run's duration as its point shows it: {@code finished_at - created_at}, empty while it runs. */
    public static Optional<Long> duration(Run run) {
        return run.finishedAt().map(f -> ChronoUnit.MICROS.between(run.createdAt(), f));
    }
}
