package io.runledger.storage.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.Migration;
import io.runledger.storage.api.Run;
import io.runledger.storage.api.RunStats;
import io.runledger.storage.api.RunStatsGroup;
import io.runledger.storage.api.RunStatsQuery;
import io.runledger.storage.api.RunStatus;
import io.runledger.storage.api.Store;
import io.runledger.storage.api.StoreAdmin;
import io.runledger.storage.api.StoreSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The migration that copies each run's creation time, status and finish time onto its label rows for
 * the per-label aggregates (schema 7), from the version before it with runs in it, written by a binary
 * of that version: afterwards the aggregates per label are those of the runs, a run that finishes
 * moves them. (That a binary of the previous head may no longer write, since it would leave the copies
 * stale, is the floor's rule: ShippedMigrations and the write-window contracts.)
 */
public abstract class RunLabelStatsUpgradeContract extends StoreContract {
    /** The schema version that brings the copies. */
    private static final int COPIES = 7;

    @Override
    protected abstract SqlSchemaFixture fixture();

    private SqlSchemaFixture sql() {
        return (SqlSchemaFixture) activeFixture();
    }

    /** The shipped version just below the copies', read from a fresh store's pending migrations. */
    private int previousVersion() {
        try (StoreAdmin admin = provider().admin(activeFixture().freshSpec())) {
            return admin.status().pending().stream().mapToInt(Migration::version).filter(v -> v < COPIES).max().orElseThrow();
        }
    }

    /**
     * Run {@code oN} (1..4): team a for 1–2, b for 3, none for 4; 2 still running; run N took N s.
     * Written with plain SQL, as the older binary wrote them (this binary's mapping has the copies).
     */
    private StoreSpec olderStoreWithRuns() {
        StoreSpec spec = activeFixture().freshSpec();
        try (StoreAdmin older = sql().binaryWithHead(previousVersion()).admin(spec)) {
            older.migrate(false);
        }
        for (int i = 1; i <= 4; i++) {
            long created = micros(10L * i);
            boolean running = i == 2;
            sql().execute(spec, "INSERT INTO runs (run_id, created_at, args, status, finished_at) VALUES ('o" + i + "', "
                    + created + ", '{}', '" + (running ? "running" : "succeeded") + "', "
                    + (running ? "NULL" : Long.toString(created + i * 1_000_000L)) + ")");
            if (i < 4) {
                sql().execute(spec, "INSERT INTO run_labels (run_id, name, value) VALUES ('o" + i + "', 'team', '"
                        + (i <= 2 ? "a" : "b") + "')");
            }
        }
        return spec;
    }

    private static long micros(long seconds) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, Records.at(seconds));
    }

    private static RunStats byTeam(Store store) {
        return store.runs().stats(new RunStatsQuery(Records.at(0), Records.at(1_000), Optional.empty(), Optional.empty(),
                Optional.of("team"), 10));
    }

    @Test
    void runsOfThePreviousVersionAreGroupedByTheirLabelsAfterTheMigrationAndFinishingMovesThem() {
        StoreSpec spec = olderStoreWithRuns();

        List<Migration> applied = admin(spec).migrate(false).applied();

        assertTrue(applied.stream().anyMatch(m -> m.version() == COPIES), applied.toString());
        try (Store store = provider().open(spec)) {
            RunStats before = byTeam(store);
            assertEquals(4, before.overall().total());
            assertEquals(List.of(Optional.of("a"), Optional.of("b")), before.groups().stream().map(RunStatsGroup::labelValue).toList());
            assertEquals(Map.of(RunStatus.RUNNING, 1L, RunStatus.SUCCEEDED, 1L, RunStatus.FAILED, 0L, RunStatus.CANCELLED, 0L),
                    before.groups().get(0).counts());
            assertEquals(Optional.of(1_000_000L), before.groups().get(0).p95Micros());
            assertEquals(Optional.of(3_000_000L), before.groups().get(1).p50Micros());

            Run o2 = store.runs().find(Records.runId("o2")).orElseThrow();
            store.runs().update(o2.withStatus(RunStatus.FAILED, Optional.of(Records.at(20 + 5))), RunStatus.RUNNING);
            RunStatsGroup a = byTeam(store).groups().get(0);
            assertEquals(Map.of(RunStatus.RUNNING, 0L, RunStatus.SUCCEEDED, 1L, RunStatus.FAILED, 1L, RunStatus.CANCELLED, 0L),
                    a.counts());
            assertEquals(Optional.of(5_000_000L), a.p95Micros());
        }
    }
}
