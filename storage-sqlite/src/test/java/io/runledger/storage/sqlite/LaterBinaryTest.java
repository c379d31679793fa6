package io.runledger.storage.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.Migration;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreSpec;
import io.runledger.storage.tck.Reasons;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store really migrated by a later binary (a second migration set on Flyway) and then used by this
 * one (head 3): allowed while the later migrations are all compatible, refused once one is not.
 */
class LaterBinaryTest {
    private static final SqliteStorageProvider LATER_HEAD_4 = new SqliteStorageProvider(TestMigrationSets.LATER_HEAD_4);
    private static final SqliteStorageProvider LATER_HEAD_5 = new SqliteStorageProvider(TestMigrationSets.LATER);

    @TempDir
    Path dir;

    private StoreSpec spec;

    @BeforeEach
    void aStoreOfThisBinary() {
        spec = Samples.spec(dir.resolve("state.sqlite"));
        Samples.PROVIDER.admin(spec).migrate(false);
    }

    @Test
    void aStoreALaterBinaryMigratedWithACompatibleV4StaysUsableByThisBinary() {
        var report = LATER_HEAD_4.admin(spec).migrate(false);
        assertEquals(List.of(4), report.applied().stream().map(Migration::version).toList());

        var status = Samples.PROVIDER.admin(spec).status();
        assertEquals(4, status.schemaVersion());
        assertEquals(3, status.schemaHead());
        assertEquals(OptionalInt.of(3), status.compatibleFloor());
        assertTrue(status.newerThanBinary() && status.usableByThisOlderBinary(), status.toString());
        try (var store = Samples.PROVIDER.open(spec)) {
            store.runs().create(Samples.run("r1"));
        }
        assertEquals(0, Samples.PROVIDER.admin(spec).migrate(false).applied().size(), "this binary applies nothing");
        try (var store = LATER_HEAD_4.open(spec)) {
            assertTrue(store.runs().find(Samples.run("r1").runId()).isPresent(), "the later binary sees the run");
        }
    }

    @Test
    void anIncompatibleV5MakesThisBinaryRefuseTheStoreNamingTheFloor() {
        LATER_HEAD_4.admin(spec).migrate(false);
        var report = LATER_HEAD_5.admin(spec).migrate(false);
        assertEquals(List.of(5), report.applied().stream().map(Migration::version).toList());

        var status = Samples.PROVIDER.admin(spec).status();
        assertEquals(OptionalInt.of(5), status.compatibleFloor());
        assertFalse(status.usableByThisOlderBinary(), status.toString());
        var failure = Reasons.assertFailsWith(ReasonCode.SCHEMA_NEWER_THAN_BINARY, () -> Samples.PROVIDER.open(spec));
        assertTrue(failure.getMessage().contains("schema head 5 or later"), failure.getMessage());
        Reasons.assertFailsWith(ReasonCode.SCHEMA_NEWER_THAN_BINARY, () -> Samples.PROVIDER.admin(spec).migrate(false));
        try (var store = LATER_HEAD_5.open(spec)) {
            store.runs().create(Samples.run("r2"));
        }
    }
}
