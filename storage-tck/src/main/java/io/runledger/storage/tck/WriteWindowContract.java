package io.runledger.storage.tck;

import static io.runledger.storage.tck.TestMigrationFolders.LATER_INDEX;
import static io.runledger.storage.tck.TestMigrationFolders.LATER_TABLE;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.Store;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.StoreSpec;
import io.runledger.storage.api.StoreStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * An open store (this binary, at the shipped head) while another process runs a later binary's
 * migration on it: once a migration whose compatibility floor is above this head has committed, the
 * open store's next write is refused with {@code schema_newer_than_binary}, its reads within about a
 * second, its status says so, and no write of it that began after the commit is stored; a migration
 * whose floor admits this head leaves it writing. The later binary is real: the shipped migrations
 * followed by storage-tck's test-only later versions ({@link TestMigrationFolders}).
 */
public abstract class WriteWindowContract extends StoreContract {
    private static final long CHILD_MINUTES = 3;
    private static final long READ_REFUSAL_SECONDS = 3;
    private static final long POLL_MILLIS = 20;

    @Override
    protected abstract SqlSchemaFixture fixture();

    private SqlSchemaFixture sql() {
        return (SqlSchemaFixture) activeFixture();
    }

    @Test
    void aMigrationBeyondTheFloorInAnotherProcessRefusesTheOpenStoresNextWriteAndStoresNothingAfterIt() throws Exception {
        StoreSpec spec = createdSpec();
        Store store = open(spec);
        store.runs().create(Records.run("r1"));
        try (ContinuousWriter writer = ContinuousWriter.start(store.auditLog())) {
            writer.awaitAcknowledged(3);

            long committed = migrateInAnotherProcess(spec, LATER_TABLE);

            Reasons.assertFailsWith(ReasonCode.SCHEMA_NEWER_THAN_BINARY,
                    () -> store.auditLog().append(List.of(Records.event("after-migration"))));
            Reasons.assertFailsWith(ReasonCode.SCHEMA_NEWER_THAN_BINARY, () -> store.runs().create(Records.run("r2")));
            awaitReadsRefused(store);
            writer.awaitRefused(ReasonCode.SCHEMA_NEWER_THAN_BINARY);
            writer.stop();

            assertEquals(List.of(), writer.acknowledgedStartedAfter(committed),
                    "no write that began after the migration committed was acknowledged");
            assertEquals(Set.of(), writer.otherFailures(), "writes failed only with schema_newer_than_binary");
            assertEquals(writer.acknowledged(), storedEvents(spec), "exactly the acknowledged events are stored");
        }
        assertEquals(List.of("r1"), sql().column(spec, "SELECT run_id FROM runs ORDER BY run_id"));
        StoreStatus status = admin(spec).status();
        assertEquals(LATER_TABLE, status.schemaVersion());
        Reasons.assertFailsWith(ReasonCode.SCHEMA_NEWER_THAN_BINARY, status::requireAtHead);
    }

    @Test
    void aMigrationTheFloorAdmitsInAnotherProcessLeavesTheOpenStoreWriting() throws Exception {
        StoreSpec spec = createdSpec();
        Store store = open(spec);
        try (ContinuousWriter writer = ContinuousWriter.start(store.auditLog())) {
            writer.awaitAcknowledged(3);

            long committed = migrateInAnotherProcess(spec, LATER_INDEX);

            store.runs().create(Records.run("r1"));
            writer.awaitAcknowledgedStartedAfter(committed);
            writer.stop();
            assertEquals(Set.of(), writer.otherFailures());
            assertEquals(writer.acknowledged(), storedEvents(spec));
        }
        assertTrue(store.runs().find(Records.runId("r1")).isPresent());
        assertTrue(sql().hasIndex(spec, "later_runs_created_at"), "the later index ran");
        StoreStatus status = admin(spec).status();
        assertEquals(LATER_INDEX, status.schemaVersion());
        assertTrue(status.usableByThisOlderBinary(), status.toString());
    }

    /** Reads check the schema at most once a second: within a few seconds they are refused too. */
    private static void awaitReadsRefused(Store store) {
        StoreException refused = await("reads are refused within " + READ_REFUSAL_SECONDS + " s")
                .atMost(Duration.ofSeconds(READ_REFUSAL_SECONDS)).pollInterval(Duration.ofMillis(POLL_MILLIS))
                .until(() -> readRefusal(store), Optional::isPresent).orElseThrow();
        assertEquals(ReasonCode.SCHEMA_NEWER_THAN_BINARY, refused.reason(), refused.getMessage());
    }

    private static Optional<StoreException> readRefusal(Store store) {
        try {
            store.runs().find(Records.runId("r1"));
            return Optional.empty();
        } catch (StoreException e) {
            return Optional.of(e);
        }
    }

    /** Runs the later binary of {@code head} in a child JVM; returns when (System.nanoTime) it had exited 0. */
    private long migrateInAnotherProcess(StoreSpec spec, int head) throws Exception {
        Path log = Files.createTempFile("later-binary", ".log");
        try {
            try (ChildJvm child = ChildJvm.start(log, List.of(), sql().laterBinaryChild(),
                    List.of(spec.location(), Integer.toString(head)))) {
                child.awaitSuccess(Duration.ofMinutes(CHILD_MINUTES));
                return System.nanoTime();
            }
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private Set<String> storedEvents(StoreSpec spec) {
        return new TreeSet<>(sql().column(spec, "SELECT event_id FROM audit_log"));
    }
}
