package io.runledger.storage.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The one direction-aware version check, for two migration sets: a binary whose head is 3 and can
 * upgrade from 1, and a later one whose head is 6 and can upgrade only from 4.
 */
class StoreStatusTest {
    private static StoreStatus store(int version, int head, int oldestUpgradable, OptionalInt floor) {
        List<Migration> pending = version < head ? List.of(new Migration(head, "later")) : List.of();
        return new StoreStatus("sqlite", "wal", "/s.sqlite", true, version, head, pending, oldestUpgradable, floor);
    }

    private static ReasonCode refusal(Runnable check) {
        return assertThrows(StoreException.class, check::run).reason();
    }

    @Test
    void aStoreAtTheHeadPasses() {
        store(3, 3, 1, OptionalInt.of(3)).requireAtHead();
    }

    @Test
    void anOlderStoreIsPendingAndMayBeMigrated() {
        StoreStatus status = store(2, 3, 1, OptionalInt.empty());
        assertEquals(ReasonCode.SCHEMA_PENDING, refusal(status::requireAtHead));
        status.requireNotNewer();
    }

    @Test
    void aNewerStoreWithoutARecordedFloorIsRefused() {
        StoreStatus status = store(5, 3, 1, OptionalInt.empty());
        assertEquals(ReasonCode.SCHEMA_NEWER_THAN_BINARY, refusal(status::requireAtHead));
        assertEquals(ReasonCode.SCHEMA_NEWER_THAN_BINARY, refusal(status::requireNotNewer));
    }

    @Test
    void aNewerStoreWhoseFloorAdmitsThisBinaryMayBeUsed() {
        StoreStatus status = store(5, 3, 1, OptionalInt.of(3));
        assertTrue(status.usableByThisOlderBinary());
        status.requireAtHead();
        status.requireNotNewer();
    }

    @Test
    void aNewerStoreWhoseFloorIsAboveThisBinaryIsRefusedNamingTheFloor() {
        StoreStatus status = store(5, 3, 1, OptionalInt.of(4));
        StoreException e = assertThrows(StoreException.class, status::requireAtHead);
        assertEquals(ReasonCode.SCHEMA_NEWER_THAN_BINARY, e.reason());
        assertTrue(e.getMessage().contains("schema head 4 or later"), e.getMessage());
    }

    @Test
    void aStoreOlderThanTheOldestUpgradableVersionIsTooOldForEveryCheck() {
        StoreStatus status = store(2, 6, 4, OptionalInt.empty());
        assertEquals(ReasonCode.SCHEMA_TOO_OLD, refusal(status::requireAtHead));
        assertEquals(ReasonCode.SCHEMA_TOO_OLD, refusal(status::requireNotNewer));
        store(4, 6, 4, OptionalInt.empty()).requireNotNewer();
    }

    @Test
    void aMissingStoreIsNotInitializedNotTooOld() {
        StoreStatus missing = new StoreStatus("sqlite", "wal", "/s.sqlite", false, 0, 6, List.of(), 4, OptionalInt.empty());
        assertEquals(ReasonCode.STORE_NOT_INITIALIZED, refusal(missing::requireAtHead));
        missing.requireNotNewer();
    }

    @Test
    void onlyAStoreAtTheHeadCanHaveARepairPendingAndItPassesTheVersionChecks() {
        StoreStatus behind = new StoreStatus("sqlite", "wal", "/s.sqlite", true, 6, 6, List.of(), 4, OptionalInt.empty(), true);
        behind.requireAtHead();
        behind.requireNotNewer();
        assertThrows(IllegalArgumentException.class,
                () -> new StoreStatus("sqlite", "wal", "/s.sqlite", true, 5, 6, List.of(), 4, OptionalInt.empty(), true));
        assertThrows(IllegalArgumentException.class,
                () -> new StoreStatus("sqlite", "wal", "/s.sqlite", false, 0, 6, List.of(), 4, OptionalInt.empty(), true));
    }
}
