package io.runledger.storage.api;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link Runs#stats} aggregates: the runs created in {@code [from, to)} that match {@code status}
 * and {@code label}, overall and, with {@code groupBy}, per value of that label (runs without the label
 * count only overall); the latest {@code maxPoints} of them are the chart's points.
 */
public record RunStatsQuery(Instant from, Instant to, Optional<RunStatus> status, Optional<Label> label,
                            Optional<String> groupBy, int maxPoints) {
    public static final int MAX_POINTS = 2_000;

    public RunStatsQuery {
        Timestamps.requireMicros("from", from);
        Timestamps.requireMicros("to", to);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(groupBy, "group_by");
        groupBy.ifPresent(name -> Texts.requireText("group_by", name));
        if (maxPoints < 1 || maxPoints > MAX_POINTS) {
            throw new StoreException(ReasonCode.VALIDATION_FAILED,
                    "max_points must be between 1 and " + MAX_POINTS + " (got " + maxPoints + ")");
        }
    }

    /** Whether a run falls in this query's range and filter (for stores that aggregate in memory). */
    public boolean matches(Run run) {
        return !run.createdAt().isBefore(from) && run.createdAt().isBefore(to)
                && status.map(s -> s == run.status()).orElse(true)
                && label.map(l -> l.value().equals(run.labels().get(l.name()))).orElse(true);
    }
}
