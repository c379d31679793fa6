package io.runledger.storage.tck;

import static io.runledger.storage.tck.Records.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.AuditLevel;
import io.runledger.storage.api.CommittedAudit;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.Store;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.StoreSpec;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code StoreAdmin.committedAudit()}: the audit chain and the prune records, read without opening the
 * store, are exactly what the open store's ports read — also while that store is open for writing (on the
 * JSON store it holds the lock) — and a missing store is not initialized, with nothing created.
 */
public abstract class CommittedAuditContract extends StoreContract {
    private static AuditEvent event(String id, int second) {
        return Records.event(id, Optional.empty(), AuditLevel.INFO, "job", at(second));
    }

    @Test
    void theAdminReadsTheCommittedChainAndPrunesWhileTheStoreIsOpenForWriting() {
        StoreSpec spec = createdSpec();
        Store store = open(spec);
        store.auditLog().append(List.of(event("ev-1", 1), event("ev-2", 2), event("ev-3", 3)));
        store.auditRetention().prune(Set.of(Records.eventId("ev-1")),
                Records.prune("prune-1", 1, Records.linkAt(store.auditHistory(), 1)));
        store.auditLog().append(List.of(event("ev-4", 4)));

        CommittedAudit committed = admin(spec).committedAudit()
                .orElseThrow(() -> new AssertionError("every shipped backend reads its committed audit log without opening the store"));

        assertEquals(store.auditHistory().head(), committed.history().head());
        assertEquals(store.auditHistory().after(0, 10), committed.history().after(0, 10));
        assertEquals(store.auditHistory().after(2, 1), committed.history().after(2, 1));
        assertEquals(store.auditHistory().anchor(), committed.history().anchor());
        assertEquals(store.auditRetention().prunes(), committed.prunes().all());
        assertEquals(committed.prunes().all(), committed.retention().prunes());
    }

    @Test
    void aMissingStoreIsNotInitializedAndNothingIsCreated() {
        StoreSpec spec = activeFixture().freshSpec();

        StoreException missing = assertThrows(StoreException.class, () -> admin(spec).committedAudit());

        assertEquals(ReasonCode.STORE_NOT_INITIALIZED, missing.reason());
        assertFalse(activeFixture().storeExists(spec));
    }
}
