package io.runledger.storage.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * Counts and durations of runs as a store reads them, turned into {@link RunStats}: per group a count
 * per status and the durations of finished runs, of which the nearest-rank percentiles are selected
 * at the end. A store that holds runs in memory adds whole runs ({@link #add}), of which only the
 * latest {@code maxPoints} are kept as points; a SQL store streams a number or two per run, once
 * overall (on {@link #overall}) and once per group (on {@link #inGroup}) — or, when every selected
 * run is in a group, only per group ({@link #countOverallFromGroups}) — and reads the chart's points
 * itself. Per run nothing is looked up or boxed, and the durations are never sorted, so a tally of
 * 100,000 runs costs a few milliseconds (docs/PERFORMANCE.md, run aggregates).
 */
public final class RunStatsTally {
    private static final Comparator<RunPoint> CHART_ORDER =
            Comparator.comparing(RunPoint::createdAt).thenComparing(p -> p.runId().value());
    private static final RunStatus[] STATUSES = RunStatus.values();

    private final RunStatsQuery query;
    private final Tally overall = new Tally();
    private final Map<String, Tally> groups = new HashMap<>();
    /** The latest points so far, oldest first out: never more than {@code maxPoints}. */
    private final PriorityQueue<RunPoint> points = new PriorityQueue<>(CHART_ORDER);

    /**
     * Counts runs into one group, or overall, for a store that streams a number or two per run. The
     * store holds on to a group's counter instead of naming the group per run, and passes a duration as
     * a primitive: at 100,000 runs a look-up by value or a boxed duration per run cost about as much as
     * the counting itself.
     */
    public interface Counter {
        /** Counts a run of this status that has not finished (no duration). */
        void count(RunStatus status);

        /** Counts a finished run of this status and its duration in microseconds. */
        void countFinished(RunStatus status, long durationMicros);
    }

    /** The counts and durations of one group, before its percentiles are taken. */
    private static final class Tally implements Counter {
        final long[] counts = new long[STATUSES.length];
        long[] durations = new long[64];
        int finished;

        void add(RunStatus status, Optional<Long> duration) {
            duration.ifPresentOrElse(micros -> countFinished(status, micros), () -> count(status));
        }

        @Override
        public void count(RunStatus status) {
            counts[status.ordinal()]++;
        }

        @Override
        public void countFinished(RunStatus status, long durationMicros) {
            counts[status.ordinal()]++;
            if (finished == durations.length) {
                durations = Arrays.copyOf(durations, finished * 2);
            }
            durations[finished++] = durationMicros;
        }

        /** Adds another tally's runs. */
        void addAll(Tally other) {
            for (int i = 0; i < counts.length; i++) {
                counts[i] += other.counts[i];
            }
            if (durations.length < finished + other.finished) {
                durations = Arrays.copyOf(durations, finished + other.finished);
            }
            System.arraycopy(other.durations, 0, durations, finished, other.finished);
            finished += other.finished;
        }

        RunStatsGroup group(Optional<String> value) {
            Map<RunStatus, Long> byStatus = new EnumMap<>(RunStatus.class);
            for (RunStatus status : STATUSES) {
                byStatus.put(status, counts[status.ordinal()]);
            }
            return RunStatsGroup.of(value, byStatus, Arrays.copyOf(durations, finished));
        }
    }

    public RunStatsTally(RunStatsQuery query) {
        this.query = query;
    }

    /** Counts the run, and keeps it as a point while it is among the latest, if the query selects it. */
    public void add(Run run) {
        if (!query.matches(run)) {
            return;
        }
        Optional<Long> duration = RunPoint.duration(run);
        overall.add(run.status(), duration);
        query.groupBy().map(run.labels()::get).ifPresent(value -> group(value).add(run.status(), duration));
        if (points.size() < query.maxPoints() || !run.createdAt().isBefore(points.peek().createdAt())) {
            RunPoint point = new RunPoint(run.runId(), run.createdAt(), run.status(), duration);
            if (points.size() < query.maxPoints()) {
                points.add(point);
            } else if (CHART_ORDER.compare(point, points.peek()) > 0) {
                points.poll();
                points.add(point);
            }
        }
    }

    /** The counter of the selected runs overall. */
    public Counter overall() {
        return overall;
    }

    /**
     * The counter of the selected runs whose value of the group-by label is {@code groupValue} (a run
     * without the label is in no group), which makes that group part of the result; the runs are counted
     * overall separately, on {@link #overall}.
     */
    public Counter inGroup(String groupValue) {
        return group(groupValue);
    }

    private Tally group(String value) {
        return groups.computeIfAbsent(value, v -> new Tally());
    }

    /**
     * Counts overall every run counted so far in a group, instead of counting them on {@link #overall}:
     * for a store that knows that every selected run carries the group-by label (as many runs were counted
     * in groups as the query selects), so that it need not read the selected runs a second time. Call it
     * after the last count in a group.
     */
    public void countOverallFromGroups() {
        groups.values().forEach(overall::addAll);
    }

    /** The aggregates of every run added, with the latest {@code maxPoints} of them as points. */
    public RunStats result() {
        List<RunPoint> latest = new ArrayList<>(points);
        latest.sort(CHART_ORDER);
        return result(latest);
    }

    /** The aggregates of every run counted, with the chart's points as the store read them. */
    public RunStats result(List<RunPoint> latestPoints) {
        List<RunStatsGroup> perValue = new ArrayList<>();
        groups.forEach((value, tally) -> perValue.add(tally.group(Optional.of(value))));
        RunStatsGroup all = overall.group(Optional.empty());
        return new RunStats(all, perValue, latestPoints, all.total() > latestPoints.size());
    }
}
