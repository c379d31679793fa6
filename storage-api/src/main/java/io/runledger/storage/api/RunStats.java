package io.runledger.storage.api;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The answer of {@link Runs#stats}: {@code overall} over every matching run, {@code groups} per value of
 * the {@code groupBy} label (sorted by value, in UTF-16 order so that every store lists them alike), and
 * the chart's {@code points}: the latest {@code maxPoints} matching runs by {@code (created_at, run_id)},
 * in ascending order. {@code truncated} says that more runs matched than there are points.
 */
public record RunStats(RunStatsGroup overall, List<RunStatsGroup> groups, List<RunPoint> points, boolean truncated) {
    public RunStats {
        Objects.requireNonNull(overall, "overall");
        groups = groups.stream().sorted(Comparator.comparing(g -> g.labelValue().orElse(""))).toList();
        points = List.copyOf(points);
    }
}
