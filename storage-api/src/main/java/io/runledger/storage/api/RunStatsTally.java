package io.runledger.storage.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@link Runs#stats} for a store that holds its runs in memory: one pass over the runs, then a sort of
 * each group's durations. SQL stores compute the same in SQL; the storage contract checks they agree.
 */
public final class RunStatsTally {
    private static final Comparator<RunPoint> CHART_ORDER =
            Comparator.comparing(RunPoint::createdAt).thenComparing(p -> p.runId().value());

    private final RunStatsQuery query;
    private final Tally overall = new Tally();
    private final Map<String, Tally> groups = new TreeMap<>();
    private final List<RunPoint> points = new ArrayList<>();

    /** The counts and durations of one group, before its percentiles are taken. */
    private static final class Tally {
        final Map<RunStatus, Long> counts = new EnumMap<>(RunStatus.class);
        final List<Long> durations = new ArrayList<>();

        void add(RunPoint point) {
            counts.merge(point.status(), 1L, Long::sum);
            point.durationMicros().ifPresent(durations::add);
        }

        RunStatsGroup group(Optional<String> value) {
            durations.sort(null);
            return RunStatsGroup.of(value, counts, durations);
        }
    }

    public RunStatsTally(RunStatsQuery query) {
        this.query = query;
    }

    /** Counts the run if the query selects it. */
    public void add(Run run) {
        if (!query.matches(run)) {
            return;
        }
        RunPoint point = RunPoint.of(run);
        overall.add(point);
        query.groupBy().map(run.labels()::get).ifPresent(value -> groups.computeIfAbsent(value, v -> new Tally()).add(point));
        points.add(point);
    }

    /** The aggregates of every run added so far. */
    public RunStats result() {
        points.sort(CHART_ORDER);
        long stride = RunStats.stride(points.size(), query.maxPoints());
        List<RunPoint> chart = new ArrayList<>();
        for (int i = 0; i < points.size(); i += (int) stride) {
            chart.add(points.get(i));
        }
        List<RunStatsGroup> perValue = new ArrayList<>();
        groups.forEach((value, tally) -> perValue.add(tally.group(Optional.of(value))));
        return new RunStats(overall.group(Optional.empty()), perValue, chart, stride);
    }
}
