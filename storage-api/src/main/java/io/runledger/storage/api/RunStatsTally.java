package io.runledger.storage.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Counts and durations of runs as a store reads them, turned into {@link RunStats}: per group a count
 * per status and the durations of finished runs, sorted once at the end for the nearest-rank
 * percentiles. A store that holds runs in memory adds whole runs ({@link #add}); a SQL store streams
 * two numbers per run ({@link #count}) and reads the chart's points itself.
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
        long[] durations = new long[64];
        int finished;

        void add(RunStatus status, Optional<Long> duration) {
            counts.merge(status, 1L, Long::sum);
            if (duration.isPresent()) {
                if (finished == durations.length) {
                    durations = Arrays.copyOf(durations, finished * 2);
                }
                durations[finished++] = duration.get();
            }
        }

        RunStatsGroup group(Optional<String> value) {
            long[] sorted = Arrays.copyOf(durations, finished);
            Arrays.sort(sorted);
            return RunStatsGroup.of(value, counts, sorted);
        }
    }

    public RunStatsTally(RunStatsQuery query) {
        this.query = query;
    }

    /** Counts the run, and keeps it as a point, if the query selects it. */
    public void add(Run run) {
        if (query.matches(run)) {
            RunPoint point = RunPoint.of(run);
            count(query.groupBy().map(run.labels()::get), point.status(), point.durationMicros());
            points.add(point);
        }
    }

    /** Counts one selected run: its value of the group-by label (if it has one), status and duration. */
    public void count(Optional<String> groupValue, RunStatus status, Optional<Long> durationMicros) {
        overall.add(status, durationMicros);
        groupValue.ifPresent(value -> groups.computeIfAbsent(value, v -> new Tally()).add(status, durationMicros));
    }

    /** The aggregates of every run added, with the latest {@code maxPoints} of them as points. */
    public RunStats result() {
        points.sort(CHART_ORDER);
        return result(points.subList(Math.max(0, points.size() - query.maxPoints()), points.size()));
    }

    /** The aggregates of every run counted, with the chart's points as the store read them. */
    public RunStats result(List<RunPoint> latestPoints) {
        List<RunStatsGroup> perValue = new ArrayList<>();
        groups.forEach((value, tally) -> perValue.add(tally.group(Optional.of(value))));
        RunStatsGroup all = overall.group(Optional.empty());
        return new RunStats(all, perValue, latestPoints, all.total() > latestPoints.size());
    }
}
