package io.runledger.storage.api;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The answer of {@link Runs#stats}: {@code overall} over every matching run, {@code groups} per value of
 * the {@code groupBy} label (sorted by value, in UTF-16 order so that every store lists them alike), and
 * the chart's {@code points} in {@code (created_at, run_id)} order. When more than {@code maxPoints} runs
 * match, the points are every {@code stride}-th of them, starting with the first
 * ({@code stride = ceil(matching / maxPoints)}); otherwise {@code stride} is 1 and every run is a point.
 */
public record RunStats(RunStatsGroup overall, List<RunStatsGroup> groups, List<RunPoint> points, long stride) {
    public RunStats {
        Objects.requireNonNull(overall, "overall");
        groups = groups.stream().sorted(Comparator.comparing(g -> g.labelValue().orElse(""))).toList();
        points = List.copyOf(points);
        if (stride < 1) {
            throw new IllegalArgumentException("stride " + stride);
        }
    }

    /** Whether the points are a sample: some matching runs are not among them. */
    public boolean truncated() {
        return stride > 1;
    }

    /** The stride that keeps at most {@code maxPoints} of {@code matching} runs. */
    public static long stride(long matching, int maxPoints) {
        return Math.max(1, (matching + maxPoints - 1) / maxPoints);
    }
}
