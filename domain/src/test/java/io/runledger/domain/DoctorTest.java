package io.runledger.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.Check;
import io.runledger.storage.api.Migration;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.StoreStatus;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DoctorTest {
    private static final List<Check> HEALTHY = List.of(new Check("integrity", true, "ok"),
            new Check("journal_mode", true, "wal"), new Check("foreign_keys", true, "on"));

    private static StoreStatus status(boolean initialized, int version, List<Migration> pending) {
        return new StoreStatus("sqlite", "wal", "/data/state.sqlite", initialized, version, 3, pending);
    }

    private static FakeStoreAdmin admin(StoreStatus status, List<Check> checks) {
        return new FakeStoreAdmin(Optional.of(status), checks, Optional.empty());
    }

    @Test
    void aMissingStoreIsNotInitializedAndOnlyItsStatusIsAsked() {
        FakeStoreAdmin admin = admin(status(false, 0, List.of()), HEALTHY);
        DoctorReport report = new Doctor().examine(admin);
        assertFalse(report.ok());
        assertFalse(report.initialized());
        assertEquals(Optional.of(ReasonCode.STORE_NOT_INITIALIZED), report.reason());
        assertEquals(List.of(new Check("store", false,
                "not initialized yet: /data/state.sqlite; run `runledger db migrate`")), report.checks());
        assertEquals(List.of("status"), admin.calls);
    }

    @Test
    void aNewerSchemaIsReportedWithBothVersionsAndNotCheckedFurther() {
        FakeStoreAdmin admin = admin(status(true, 5, List.of()), HEALTHY);
        DoctorReport report = new Doctor().examine(admin);
        assertEquals(Optional.of(ReasonCode.SCHEMA_NEWER_THAN_BINARY), report.reason());
        String detail = report.checks().get(0).detail();
        assertTrue(detail.contains("5") && detail.contains("3"), detail);
        assertEquals(List.of("status"), admin.calls);
    }

    @Test
    void pendingMigrationsAreListedAndTheStoreIsStillChecked() {
        FakeStoreAdmin admin = admin(status(true, 1, List.of(new Migration(2, "indexes"),
                new Migration(3, "run lifecycle"))), HEALTHY);
        DoctorReport report = new Doctor().examine(admin);
        assertEquals(Optional.of(ReasonCode.SCHEMA_PENDING), report.reason());
        assertTrue(report.checks().get(0).detail().contains("2 indexes, 3 run lifecycle"));
        assertEquals(List.of("status", "check"), admin.calls);
        assertEquals(4, report.checks().size());
    }

    @Test
    void aHealthyStoreAtHeadIsOk() {
        DoctorReport report = new Doctor().examine(admin(status(true, 3, List.of()), HEALTHY));
        assertTrue(report.ok());
        assertEquals(Optional.empty(), report.reason());
        assertEquals("sqlite", report.storeBackend());
        assertEquals("wal", report.persistenceMode());
        assertEquals(3, report.schemaVersion());
        assertEquals(3, report.schemaHead());
        assertEquals(new Check("schema", true, "version 3 (head)"), report.checks().get(0));
        assertEquals(HEALTHY, report.checks().subList(1, 4));
    }

    @Test
    void aFailedIntegrityCheckIsReportedAsSuch() {
        DoctorReport report = new Doctor().examine(admin(status(true, 3, List.of()),
                List.of(new Check("journal_mode", true, "wal"), new Check("integrity", false, "page 7 broken"))));
        assertFalse(report.ok());
        assertEquals(Optional.of(ReasonCode.INTEGRITY_CHECK_FAILED), report.reason());
    }

    @Test
    void sqlitesIntegrityAndForeignKeyChecksFailingMeanADamagedStore() {
        for (String name : List.of("integrity_check", "foreign_key_check")) {
            DoctorReport report = new Doctor().examine(admin(status(true, 3, List.of()),
                    List.of(new Check(name, false, "run_steps row 1 -> runs"))));
            assertEquals(Optional.of(ReasonCode.INTEGRITY_CHECK_FAILED), report.reason(), name);
        }
    }

    @Test
    void aNewerStoreWhoseFloorAdmitsThisBinaryIsOkAndSaysSo() {
        StoreStatus newer = new StoreStatus("sqlite", "wal", "/data/state.sqlite", true, 5, 3, List.of(), 1,
                java.util.OptionalInt.of(3));
        DoctorReport report = new Doctor().examine(admin(newer, HEALTHY));
        assertTrue(report.ok(), report.toString());
        assertTrue(report.checks().get(0).detail().contains("admits binaries from head 3"), report.toString());
    }

    @Test
    void aStoreOlderThanTheOldestUpgradableVersionIsTooOld() {
        StoreStatus old = new StoreStatus("sqlite", "wal", "/data/state.sqlite", true, 1, 3, List.of(), 2,
                java.util.OptionalInt.empty());
        DoctorReport report = new Doctor().examine(admin(old, HEALTHY));
        assertEquals(Optional.of(ReasonCode.SCHEMA_TOO_OLD), report.reason());
    }

    @Test
    void anyOtherFailedCheckMakesTheStoreUnavailable() {
        DoctorReport report = new Doctor().examine(admin(status(true, 3, List.of()),
                List.of(new Check("journal_mode", false, "delete"))));
        assertEquals(Optional.of(ReasonCode.STORE_UNAVAILABLE), report.reason());
    }

    @Test
    void failuresOfTheStoreItselfBecomeFailedChecksNotCrashes() {
        DoctorReport unreachable = new Doctor().examine(
                new FakeStoreAdmin(Optional.empty(), HEALTHY, Optional.empty()));
        assertEquals(Optional.of(ReasonCode.SQLITE_UNAVAILABLE), unreachable.reason());
        assertEquals(List.of(new Check("store", false, "native driver did not load")), unreachable.checks());

        DoctorReport locked = new Doctor().examine(new FakeStoreAdmin(Optional.of(status(true, 3, List.of())), HEALTHY,
                Optional.of(new StoreException(ReasonCode.STORE_LOCKED, "locked by pid 42"))));
        assertEquals(Optional.of(ReasonCode.STORE_LOCKED), locked.reason());
        assertEquals(new Check("check", false, "locked by pid 42"), locked.checks().get(1));
    }
}
