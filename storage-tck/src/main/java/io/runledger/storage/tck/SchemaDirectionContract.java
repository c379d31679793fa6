package io.runledger.storage.tck;

import static io.runledger.storage.tck.TestMigrationFolders.LATER_INDEX;
import static io.runledger.storage.tck.TestMigrationFolders.LATER_TABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.domain.Doctor;
import io.runledger.domain.DoctorReport;
import io.runledger.storage.api.Migration;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StorageProvider;
import io.runledger.storage.api.Store;
import io.runledger.storage.api.StoreAdmin;
import io.runledger.storage.api.StoreSpec;
import io.runledger.storage.api.StoreStatus;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A SQL store's schema against this binary's head: a store a newer binary migrated is refused by
 * everything and left untouched, unless its compatibility floor admits this binary's head; one
 * migrated by a later binary whose migrations are all compatible stays usable. The later binaries
 * are real: the shipped migrations followed by storage-tck's test-only later versions
 * ({@link TestMigrationFolders}); the shipped head and floor are read from a fresh store's status.
 */
public abstract class SchemaDirectionContract extends StoreContract {
    private static final String HISTORY = "SELECT installed_rank || ':' || coalesce(version, '-') || ':' || success"
            + " FROM flyway_schema_history ORDER BY installed_rank";
    private static final String META = "SELECT name || '=' || value FROM meta ORDER BY name";

    @Override
    protected abstract SqlSchemaFixture fixture();

    private SqlSchemaFixture sql() {
        return (SqlSchemaFixture) activeFixture();
    }

    /** A store at this binary's head that a newer binary (history at V99) migrated. */
    private StoreSpec storeFromTheFuture() {
        StoreSpec spec = createdSpec();
        sql().execute(spec, "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                + " checksum, installed_by, execution_time, success) VALUES (99, '99', 'future', 'SQL',"
                + " 'V99__future.sql', 0, 'test', 1, TRUE)");
        return spec;
    }

    private void assertRefusedNamingBothVersions(Executable action) {
        var e = Reasons.assertFailsWith(ReasonCode.SCHEMA_NEWER_THAN_BINARY, action);
        assertTrue(e.getMessage().contains("99") && e.getMessage().contains(Integer.toString(shippedHead())), e.getMessage());
        assertTrue(e.getMessage().contains("nothing was written"), e.getMessage());
    }

    /** This binary's head, as a store's status reports it. */
    private int shippedHead() {
        return admin(createdSpec()).status().schemaHead();
    }

    /** The compatibility floor a store at this binary's head records. */
    private int shippedFloor() {
        return admin(createdSpec()).status().compatibleFloor().orElseThrow();
    }

    @Test
    void statusReportsAStoreFromANewerBinaryAsNewerThanTheBinary() {
        StoreStatus status = admin(storeFromTheFuture()).status();

        assertTrue(status.initialized());
        assertEquals(99, status.schemaVersion());
        assertEquals(shippedHead(), status.schemaHead());
        assertTrue(status.newerThanBinary());
        assertEquals(List.of(), status.pending());
    }

    @Test
    void newerSchemaIsRefusedAndNothingIsWritten() {
        StoreSpec spec = storeFromTheFuture();
        List<String> before = sql().snapshot(spec);
        List<String> historyBefore = sql().column(spec, HISTORY);
        List<String> metaBefore = sql().column(spec, META);
        StoreAdmin admin = admin(spec);

        assertRefusedNamingBothVersions(() -> admin.migrate(false));
        assertRefusedNamingBothVersions(() -> admin.migrate(true));
        assertRefusedNamingBothVersions(() -> provider().open(spec).close());
        assertRefusedNamingBothVersions(admin::check);
        assertRefusedNamingBothVersions(admin::vacuum);

        assertEquals(before, sql().snapshot(spec));
        assertEquals(historyBefore, sql().column(spec, HISTORY));
        assertEquals(metaBefore, sql().column(spec, META));
    }

    @Test
    void aStoreALaterBinaryMigratedWithACompatibleVersionStaysUsableByThisBinaryAndDoctorSaysSo() {
        StoreSpec spec = createdSpec();
        int head = shippedHead();
        int floor = shippedFloor();
        StorageProvider later = sql().laterBinary(LATER_INDEX);
        var report = later.admin(spec).migrate(false);
        assertEquals(List.of(LATER_INDEX), report.applied().stream().map(Migration::version).toList());
        assertTrue(sql().hasIndex(spec, "later_runs_created_at"), "the later index ran");

        var status = admin(spec).status();
        assertEquals(LATER_INDEX, status.schemaVersion());
        assertEquals(head, status.schemaHead());
        assertEquals(OptionalInt.of(floor), status.compatibleFloor());
        assertTrue(status.newerThanBinary() && status.usableByThisOlderBinary(), status.toString());
        DoctorReport doctor = new Doctor().examine(admin(spec));
        assertTrue(doctor.ok(), doctor.toString());
        assertTrue(doctor.checks().stream().anyMatch(c -> c.ok() && c.detail().contains("admits binaries from head " + floor)),
                doctor.toString());

        try (Store store = provider().open(spec)) {
            store.runs().create(Records.run("r1"));
            assertTrue(store.runs().find(Records.runId("r1")).isPresent(), "this binary reads what it wrote");
        }
        assertEquals(0, admin(spec).migrate(false).applied().size(), "this binary applies nothing");
        assertEquals(LATER_INDEX, admin(spec).status().schemaVersion());
        try (Store store = later.open(spec)) {
            assertTrue(store.runs().find(Records.runId("r1")).isPresent(), "the later binary sees the run");
        }
    }

    @Test
    void anIncompatibleLaterVersionMakesThisBinaryRefuseTheStoreNamingTheFloor() {
        StoreSpec spec = createdSpec();
        sql().laterBinary(LATER_INDEX).admin(spec).migrate(false);
        StorageProvider later = sql().laterBinary(LATER_TABLE);
        var report = later.admin(spec).migrate(false);
        assertEquals(List.of(LATER_TABLE), report.applied().stream().map(Migration::version).toList());

        var status = admin(spec).status();
        assertEquals(OptionalInt.of(LATER_TABLE), status.compatibleFloor());
        assertFalse(status.usableByThisOlderBinary(), status.toString());
        var failure = Reasons.assertFailsWith(ReasonCode.SCHEMA_NEWER_THAN_BINARY, () -> provider().open(spec));
        assertTrue(failure.getMessage().contains("schema head " + LATER_TABLE + " or later"), failure.getMessage());
        Reasons.assertFailsWith(ReasonCode.SCHEMA_NEWER_THAN_BINARY, () -> admin(spec).migrate(false));
        DoctorReport doctor = new Doctor().examine(admin(spec));
        assertEquals(Optional.of(ReasonCode.SCHEMA_NEWER_THAN_BINARY), doctor.reason(), doctor.toString());
        assertEquals(LATER_TABLE, admin(spec).status().schemaVersion(), "nothing was written");
        try (Store store = later.open(spec)) {
            store.runs().create(Records.run("r2"));
        }
    }

    @Test
    void aStoreMigratedBeforeFloorsExistedIsRefusedByAnOlderBinary() {
        StoreSpec spec = createdSpec();
        sql().laterBinary(LATER_INDEX).admin(spec).migrate(false);
        sql().execute(spec, "DELETE FROM meta WHERE name = 'compatible_floor'");

        assertEquals(OptionalInt.empty(), admin(spec).status().compatibleFloor());
        Reasons.assertFailsWith(ReasonCode.SCHEMA_NEWER_THAN_BINARY, () -> provider().open(spec));
    }
}
