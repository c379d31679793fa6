package io.runledger.storage.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.domain.Doctor;
import io.runledger.domain.DoctorReport;
import io.runledger.storage.api.Migration;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreSpec;
import io.runledger.storage.tck.Reasons;
import io.runledger.storage.tck.Records;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A PostgreSQL store really migrated by a later binary (a second migration set on Flyway: the shipped
 * folder plus test-only V4 and V5) and then used by this one (head 3): allowed while the later
 * migrations are all compatible, and `doctor` says so; refused once one is not.
 */
class LaterBinaryTest {
    private static final PostgresStorageProvider LATER_HEAD_4 = new PostgresStorageProvider(TestMigrationSets.LATER_HEAD_4);
    private static final PostgresStorageProvider LATER_HEAD_5 = new PostgresStorageProvider(TestMigrationSets.LATER);

    private final Databases databases = new Databases();
    private StoreSpec spec;

    @BeforeEach
    void aStoreOfThisBinary() {
        spec = databases.fresh();
        Databases.PROVIDER.admin(spec).migrate(false);
    }

    @AfterEach
    void drop() {
        databases.close();
    }

    @Test
    void aStoreALaterBinaryMigratedWithACompatibleV4StaysUsableByThisBinaryAndDoctorSaysSo() throws Exception {
        var report = LATER_HEAD_4.admin(spec).migrate(false);
        assertEquals(List.of(4), report.applied().stream().map(Migration::version).toList());
        assertEquals(1, count("SELECT count(*) FROM pg_indexes WHERE indexname = 'later_runs_created_at'"), "V4 ran");

        var status = Databases.PROVIDER.admin(spec).status();
        assertEquals(4, status.schemaVersion());
        assertEquals(3, status.schemaHead());
        assertEquals(OptionalInt.of(3), status.compatibleFloor());
        assertTrue(status.newerThanBinary() && status.usableByThisOlderBinary(), status.toString());
        DoctorReport doctor = new Doctor().examine(Databases.PROVIDER.admin(spec));
        assertTrue(doctor.ok(), doctor.toString());
        assertTrue(doctor.checks().stream().anyMatch(c -> c.ok() && c.detail().contains("admits binaries from head 3")),
                doctor.toString());

        try (var store = Databases.PROVIDER.open(spec)) {
            store.runs().create(Records.run("r1"));
            assertTrue(store.runs().find(Records.runId("r1")).isPresent(), "this binary reads what it wrote");
        }
        assertEquals(0, Databases.PROVIDER.admin(spec).migrate(false).applied().size(), "this binary applies nothing");
        assertEquals(4, Databases.PROVIDER.admin(spec).status().schemaVersion());
        try (var store = LATER_HEAD_4.open(spec)) {
            assertTrue(store.runs().find(Records.runId("r1")).isPresent(), "the later binary sees the run");
        }
    }

    @Test
    void anIncompatibleV5MakesThisBinaryRefuseTheStoreNamingTheFloor() throws Exception {
        LATER_HEAD_4.admin(spec).migrate(false);
        var report = LATER_HEAD_5.admin(spec).migrate(false);
        assertEquals(List.of(5), report.applied().stream().map(Migration::version).toList());

        var status = Databases.PROVIDER.admin(spec).status();
        assertEquals(OptionalInt.of(5), status.compatibleFloor());
        assertFalse(status.usableByThisOlderBinary(), status.toString());
        var failure = Reasons.assertFailsWith(ReasonCode.SCHEMA_NEWER_THAN_BINARY, () -> Databases.PROVIDER.open(spec));
        assertTrue(failure.getMessage().contains("schema head 5 or later"), failure.getMessage());
        Reasons.assertFailsWith(ReasonCode.SCHEMA_NEWER_THAN_BINARY, () -> Databases.PROVIDER.admin(spec).migrate(false));
        DoctorReport doctor = new Doctor().examine(Databases.PROVIDER.admin(spec));
        assertEquals(Optional.of(ReasonCode.SCHEMA_NEWER_THAN_BINARY), doctor.reason(), doctor.toString());
        assertEquals(5, Databases.PROVIDER.admin(spec).status().schemaVersion(), "nothing was written");
        try (var store = LATER_HEAD_5.open(spec)) {
            store.runs().create(Records.run("r2"));
        }
    }

    @Test
    void aStoreMigratedBeforeFloorsExistedIsRefusedByAnOlderBinary() throws Exception {
        LATER_HEAD_4.admin(spec).migrate(false);
        try (Connection connection = databases.connectToLast(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM meta WHERE name = 'compatible_floor'");
        }
        assertEquals(OptionalInt.empty(), Databases.PROVIDER.admin(spec).status().compatibleFloor());
        Reasons.assertFailsWith(ReasonCode.SCHEMA_NEWER_THAN_BINARY, () -> Databases.PROVIDER.open(spec));
    }

    private long count(String sql) throws Exception {
        try (Connection connection = databases.connectToLast(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
