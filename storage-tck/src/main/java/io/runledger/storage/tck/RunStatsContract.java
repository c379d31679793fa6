package io.runledger.storage.tck;

import static io.runledger.storage.tck.Records.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.CanonicalJson;
import io.runledger.storage.api.Label;
import io.runledger.storage.api.Run;
import io.runledger.storage.api.RunPoint;
import io.runledger.storage.api.RunStats;
import io.runledger.storage.api.RunStatsGroup;
import io.runledger.storage.api.RunStatsQuery;
import io.runledger.storage.api.RunStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Run aggregates ({@code Runs.stats}): the same numbers on every store for the same twenty runs —
 * counts per status, success rate, nearest-rank p50/p95 of finished runs' durations, per label value,
 * the half-open {@code created_at} range, filters, and the chart's points (the latest runs). The expected values
 * are written out, not computed, so a store cannot agree with itself by accident.
 */
public abstract class RunStatsContract extends StoreContract {
    private static final Optional<RunStatus> ANY = Optional.empty();

    /**
     * Run {@code rNN} (1..20) is created at T0 + 10·NN s; team data for 1–10, web for 11–16, none after;
     * env prod when NN is a multiple of 5; 3 and 18 still running, multiples of 7 cancelled, then
     * multiples of 4 failed, the rest succeeded; a finished run took 3·NN s and NN µs.
     */
    @BeforeEach
    void storeTwentyRuns() {
        for (int i = 1; i <= 20; i++) {
            RunStatus status = i == 3 || i == 18 ? RunStatus.RUNNING
                    : i % 7 == 0 ? RunStatus.CANCELLED : i % 4 == 0 ? RunStatus.FAILED : RunStatus.SUCCEEDED;
            Map<String, String> labels = new TreeMap<>(Map.of("env", i % 5 == 0 ? "prod" : "ci"));
            if (i <= 16) {
                labels.put("team", i <= 10 ? "data" : "web");
            }
            Instant created = at(10L * i);
            Optional<Instant> finished = status == RunStatus.RUNNING ? Optional.empty() : Optional.of(created.plusSeconds(3L * i).plusNanos(i * 1_000L));
            store().runs().create(new Run(Records.runId(String.format("r%02d", i)), created, CanonicalJson.EMPTY_OBJECT,
                    Optional.empty(), Optional.empty(), status, finished, labels));
        }
    }

    private RunStats stats(long fromSeconds, long toSeconds, Optional<RunStatus> status, Optional<Label> label,
                           Optional<String> groupBy, int maxPoints) {
        return store().runs().stats(new RunStatsQuery(at(fromSeconds), at(toSeconds), status, label, groupBy, maxPoints));
    }

    private static Map<RunStatus, Long> counts(long running, long succeeded, long failed, long cancelled) {
        return Map.of(RunStatus.RUNNING, running, RunStatus.SUCCEEDED, succeeded, RunStatus.FAILED, failed,
                RunStatus.CANCELLED, cancelled);
    }

    private static void assertGroup(RunStatsGroup group, Map<RunStatus, Long> counts, long p50, long p95) {
        assertEquals(counts, group.counts(), group::toString);
        assertEquals(Optional.of(p50), group.p50Micros(), "p50 of " + group);
        assertEquals(Optional.of(p95), group.p95Micros(), "p95 of " + group);
    }

    @Test
    void overallCountsAndNearestRankPercentilesOfFinishedRuns() {
        RunStats stats = stats(0, 1_000, ANY, Optional.empty(), Optional.empty(), 100);
        assertGroup(stats.overall(), counts(2, 11, 5, 2), 30_000_010, 60_000_020);
        assertEquals(Optional.of(11.0 / 18), stats.overall().successRate());
        assertEquals(List.of(), stats.groups(), "no group_by, no groups");
    }

    @Test
    void groupsByALabelsValueAndRunsWithoutItCountOnlyOverall() {
        RunStats stats = stats(0, 1_000, ANY, Optional.empty(), Optional.of("team"), 100);
        assertEquals(20, stats.overall().total());
        assertEquals(List.of(Optional.of("data"), Optional.of("web")), stats.groups().stream().map(RunStatsGroup::labelValue).toList());
        assertGroup(stats.groups().get(0), counts(1, 6, 2, 1), 18_000_006, 30_000_010);
        assertGroup(stats.groups().get(1), counts(0, 3, 2, 1), 39_000_013, 48_000_016);
        assertEquals(Optional.of(0.5), stats.groups().get(1).successRate());
    }

    @Test
    void whenEverySelectedRunCarriesTheGroupByLabelTheGroupsTogetherAreTheOverallFigures() {
        RunStats byEnv = stats(0, 1_000, ANY, Optional.empty(), Optional.of("env"), 100);
        assertGroup(byEnv.overall(), counts(2, 11, 5, 2), 30_000_010, 60_000_020);
        assertEquals(List.of(Optional.of("ci"), Optional.of("prod")), byEnv.groups().stream().map(RunStatsGroup::labelValue).toList());
        assertGroup(byEnv.groups().get(0), counts(2, 8, 4, 2), 27_000_009, 57_000_019);
        assertGroup(byEnv.groups().get(1), counts(0, 3, 1, 0), 30_000_010, 60_000_020);

        RunStats dataByEnv = stats(0, 1_000, ANY, Optional.of(new Label("team", "data")), Optional.of("env"), 100);
        assertGroup(dataByEnv.overall(), counts(1, 6, 2, 1), 18_000_006, 30_000_010);
        assertGroup(dataByEnv.groups().get(0), counts(1, 4, 2, 1), 18_000_006, 27_000_009);
        assertGroup(dataByEnv.groups().get(1), counts(0, 2, 0, 0), 15_000_005, 30_000_010);
        assertEquals(List.of("r01", "r02", "r03", "r04", "r05", "r06", "r07", "r08", "r09", "r10"), ids(dataByEnv));
    }

    @Test
    void theRangeIsHalfOpenOnCreatedAt() {
        RunStats stats = stats(50, 100, ANY, Optional.empty(), Optional.empty(), 100);
        assertGroup(stats.overall(), counts(0, 3, 1, 1), 21_000_007, 27_000_009);
        assertEquals(List.of("r05", "r06", "r07", "r08", "r09"), ids(stats));
        RunStats justAfter = store().runs().stats(new RunStatsQuery(at(50, 1), at(100, 1), ANY, Optional.empty(),
                Optional.empty(), 100));
        assertEquals(List.of("r06", "r07", "r08", "r09", "r10"), ids(justAfter), "to the microsecond");
    }

    @Test
    void statusAndLabelFiltersNarrowEveryFigure() {
        RunStats stats = stats(0, 1_000, Optional.of(RunStatus.SUCCEEDED), Optional.of(new Label("env", "ci")),
                Optional.of("team"), 100);
        assertGroup(stats.overall(), counts(0, 8, 0, 0), 27_000_009, 57_000_019);
        assertEquals(List.of("r01", "r02", "r06", "r09", "r11", "r13", "r17", "r19"), ids(stats));
        assertGroup(stats.groups().get(0), counts(0, 4, 0, 0), 6_000_002, 27_000_009);
        assertGroup(stats.groups().get(1), counts(0, 2, 0, 0), 33_000_011, 39_000_013);
        assertEquals(Optional.of(1.0), stats.overall().successRate());
    }

    @Test
    void aGroupOrARangeWithoutFinishedRunsHasNoPercentilesAndNoSuccessRate() {
        RunStats running = stats(0, 1_000, Optional.of(RunStatus.RUNNING), Optional.empty(), Optional.of("team"), 100);
        assertEquals(counts(2, 0, 0, 0), running.overall().counts());
        assertEquals(Optional.empty(), running.overall().p50Micros());
        assertEquals(Optional.empty(), running.overall().p95Micros());
        assertEquals(Optional.empty(), running.overall().successRate());
        assertEquals(1, running.groups().size(), "only the data team has a running run");
        assertEquals(Optional.empty(), running.groups().get(0).p95Micros());

        RunStats none = stats(500, 600, ANY, Optional.empty(), Optional.of("team"), 100);
        assertEquals(0, none.overall().total());
        assertEquals(List.of(), none.groups());
        assertEquals(List.of(), none.points());
        assertFalse(none.truncated());
    }

    @Test
    void pointsAreTheLatestRunsInCreationOrderWithTheirDurations() {
        RunStats all = stats(0, 1_000, ANY, Optional.empty(), Optional.empty(), 20);
        assertEquals(20, all.points().size());
        assertFalse(all.truncated());
        RunPoint third = all.points().get(2);
        assertEquals(new RunPoint(Records.runId("r03"), at(30), RunStatus.RUNNING, Optional.empty()), third);
        assertEquals(new RunPoint(Records.runId("r20"), at(200), RunStatus.FAILED, Optional.of(60_000_020L)), all.points().get(19));

        RunStats latest = stats(0, 1_000, ANY, Optional.empty(), Optional.empty(), 6);
        assertTrue(latest.truncated());
        assertEquals(List.of("r15", "r16", "r17", "r18", "r19", "r20"), ids(latest));
        assertEquals(20, latest.overall().total(), "the cap limits the points, never the figures");

        for (String id : List.of("r21a", "r21B")) {
            store().runs().create(new Run(Records.runId(id), at(300), CanonicalJson.EMPTY_OBJECT, Optional.empty(),
                    Optional.empty(), RunStatus.RUNNING, Optional.empty(), Map.of()));
        }
        assertEquals(List.of("r20", "r21B", "r21a"), ids(stats(0, 1_000, ANY, Optional.empty(), Optional.empty(), 3)),
                "runs created at the same instant follow run_id in byte order");
    }

    @Test
    void aRunThatFinishesOrIsRelabelledMovesItsGroupsFigures() {
        Run r03 = store().runs().find(Records.runId("r03")).orElseThrow();
        store().runs().update(r03.withStatus(RunStatus.FAILED, Optional.of(at(30 + 90))), RunStatus.RUNNING);
        Run r17 = store().runs().find(Records.runId("r17")).orElseThrow();
        store().runs().update(r17.withLabels(Map.of("env", "ci", "team", "web")), RunStatus.SUCCEEDED);

        RunStats stats = stats(0, 1_000, ANY, Optional.empty(), Optional.of("team"), 100);
        assertGroup(stats.groups().get(0), counts(0, 6, 3, 1), 18_000_006, 90_000_000);
        assertGroup(stats.groups().get(1), counts(0, 4, 2, 1), 42_000_014, 51_000_017);
        assertEquals(List.of(RunStatus.FAILED), stats(0, 40, ANY, Optional.of(new Label("team", "data")), Optional.of("team"), 100)
                .points().stream().filter(p -> p.runId().equals(Records.runId("r03"))).map(RunPoint::status).toList());
    }

    @Test
    void aLabelWithManyValuesGroupsByEveryValueAndADurationMayBeNegative() {
        for (int i = 1; i <= 20; i++) {
            Instant created = at(2_000 + i);
            store().runs().create(new Run(Records.runId(String.format("s%02d", i)), created, CanonicalJson.EMPTY_OBJECT,
                    Optional.empty(), Optional.empty(), RunStatus.SUCCEEDED, Optional.of(created.plusSeconds(i - 2)),
                    Map.of("shard", String.format("shard-%02d", i % 18))));
        }
        RunStats stats = stats(2_000, 3_000, ANY, Optional.empty(), Optional.of("shard"), 100);
        assertEquals(18, stats.groups().size(), "more values than a statement numbers");
        assertEquals(Optional.of("shard-00"), stats.groups().get(0).labelValue());
        assertGroup(stats.groups().get(0), counts(0, 1, 0, 0), 16_000_000, 16_000_000);
        assertGroup(stats.groups().get(1), counts(0, 2, 0, 0), -1_000_000, 17_000_000);
        assertEquals(Optional.of(-1_000_000L), stats.points().get(0).durationMicros(), "finished a second before it began");
    }

    @Test
    void percentilesOfManyRunsAreTheirNearestRanksWhateverOrderTheRunsComeIn() {
        // 101 runs took 1..101 s, each once, in a scrambled order (37·i mod 101): more runs per group than a
        // store's percentile selection sorts outright, so that it partitions.
        for (int i = 1; i <= 101; i++) {
            Instant created = at(5_000 + i);
            store().runs().create(new Run(Records.runId(String.format("m%03d", i)), created, CanonicalJson.EMPTY_OBJECT,
                    Optional.empty(), Optional.empty(), RunStatus.SUCCEEDED, Optional.of(created.plusSeconds(37L * i % 101 + 1)),
                    Map.of("parity", i % 2 == 0 ? "even" : "odd")));
        }
        RunStats stats = stats(5_000, 6_000, ANY, Optional.empty(), Optional.of("parity"), 10);
        assertGroup(stats.overall(), counts(0, 101, 0, 0), 51_000_000, 96_000_000);
        assertGroup(stats.groups().get(0), counts(0, 50, 0, 0), 53_000_000, 99_000_000);
        assertGroup(stats.groups().get(1), counts(0, 51, 0, 0), 49_000_000, 96_000_000);
    }

    private static List<String> ids(RunStats stats) {
        return stats.points().stream().map(p -> p.runId().value()).toList();
    }
}
