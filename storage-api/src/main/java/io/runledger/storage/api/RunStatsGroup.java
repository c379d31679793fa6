package io.runledger.storage.api;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The aggregates of one group of runs: the count per status (every status present, zero included) and
 * the 50th and 95th percentile of the durations ({@code finished_at - created_at}, microseconds) of its
 * finished runs, by the nearest-rank rule ({@link #nearestRank}); empty when none finished.
 * {@code labelValue} is empty for the overall group.
 */
public record RunStatsGroup(Optional<String> labelValue, Map<RunStatus, Long> counts, Optional<Long> p50Micros,
                            Optional<Long> p95Micros) {
    public RunStatsGroup {
        Objects.requireNonNull(labelValue, "label value");
        Map<RunStatus, Long> all = new EnumMap<>(RunStatus.class);
        for (RunStatus status : RunStatus.values()) {
            all.put(status, counts.getOrDefault(status, 0L));
        }
        counts = java.util.Collections.unmodifiableMap(all);
        Objects.requireNonNull(p50Micros, "p50");
        Objects.requireNonNull(p95Micros, "p95");
    }

    /** How many runs the group holds. */
    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Finished runs: succeeded, failed or cancelled. */
    public long finished() {
        return total() - counts.get(RunStatus.RUNNING);
    }

    /** Succeeded runs as a share of finished ones; empty when none finished. */
    public Optional<Double> successRate() {
        long finished = finished();
        return finished == 0 ? Optional.empty() : Optional.of((double) counts.get(RunStatus.SUCCEEDED) / finished);
    }

    /**
     * The nearest-rank rule, the one percentile definition of every store: of {@code n} values sorted
     * ascending, the {@code p}th percentile is the value at 1-based rank {@code ceil(p * n / 100)},
     * computed in integers as {@code (p * n + 99) / 100}; it is always one of the values.
     */
    public static long nearestRank(int p, long n) {
        if (p < 1 || p > 100 || n < 1) {
            throw new IllegalArgumentException("percentile " + p + " of " + n + " values");
        }
        return (p * n + 99) / 100;
    }

    /**
     * The group of these counts and these finished runs' durations, in any order: the two ranks are
     * selected in place (the array is reordered), which costs a fraction of sorting it.
     */
    public static RunStatsGroup of(Optional<String> labelValue, Map<RunStatus, Long> counts, long[] durations) {
        int n = durations.length;
        if (n == 0) {
            return new RunStatsGroup(labelValue, counts, Optional.empty(), Optional.empty());
        }
        int p50 = (int) nearestRank(50, n) - 1;
        int p95 = (int) nearestRank(95, n) - 1;
        RankSelection.select(durations, 0, n, p50);
        // Every value from p50 on is at least durations[p50], so the 95th percentile is among them.
        RankSelection.select(durations, p50, n, p95);
        return new RunStatsGroup(labelValue, counts, Optional.of(durations[p50]), Optional.of(durations[p95]));
    }
}
