package io.runledger.storage.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.AuditFilter;
import io.runledger.storage.api.AuditLevel;
import io.runledger.storage.api.AuditPrune;
import io.runledger.storage.api.ChainLink;
import io.runledger.storage.api.EventId;
import io.runledger.storage.api.PageRequest;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.Store;
import io.runledger.storage.api.StoreSpec;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link io.runledger.storage.api.AuditRetention}: a prune deletes exactly the named events (a prefix of
 * the audit chain, see {@link ChainAnchorContract}) and stores its record in one unit, survives
 * reopening, and changes nothing when it cannot do all of it.
 */
public abstract class AuditRetentionContract extends StoreContract {
    private static final String HASH = "sha256:" + "ab".repeat(32);

    private static AuditEvent at(String id, long seconds) {
        return Records.event(id, Optional.empty(), AuditLevel.INFO, "job", Records.at(seconds));
    }

    private List<String> stored(Store store) {
        return store.auditLog().find(AuditFilter.ALL, PageRequest.first(100)).items().stream()
                .map(e -> e.eventId().value()).toList();
    }

    @Test
    void aPruneDeletesExactlyTheNamedEventsAndKeepsItsRecordAcrossReopening() {
        StoreSpec spec = createdSpec();
        ChainLink second;
        try (Store store = provider().open(spec)) {
            store.runs().create(Records.run("r1"));
            store.auditLog().append(List.of(at("e1", 1), at("e2", 2), at("e3", 1), Records.event("e4", "r1")));
            second = Records.linkAt(store.auditHistory(), 2);

            store.auditRetention().prune(Set.of(Records.eventId("e1"), Records.eventId("e2")), Records.prune("p1", 2, second));

            assertEquals(List.of("e3", "e4"), stored(store), "an old event that was not named stays");
            assertEquals(List.of(Records.prune("p1", 2, second)), store.auditRetention().prunes());
        }
        try (Store reopened = provider().open(spec)) {
            assertEquals(List.of("e3", "e4"), stored(reopened));
            assertEquals(List.of(Records.prune("p1", 2, second)), reopened.auditRetention().prunes());
            assertTrue(reopened.runs().find(Records.runId("r1")).isPresent(), "runs are never pruned");
        }
    }

    @Test
    void aStoreWithoutPrunesListsNone() {
        assertEquals(List.of(), store().auditRetention().prunes());
    }

    @Test
    void aPruneNamingAMissingEventChangesNothing() {
        Store store = store();
        store.auditLog().append(List.of(at("e1", 1), at("e2", 2)));

        ChainLink second = Records.linkAt(store.auditHistory(), 2);

        Reasons.assertFailsWith(ReasonCode.STORE_LOCKED, () -> store.auditRetention()
                .prune(Set.of(Records.eventId("e1"), Records.eventId("gone")), Records.prune("p1", 2, second)));

        assertEquals(List.of("e1", "e2"), stored(store));
        assertEquals(List.of(), store.auditRetention().prunes());
    }

    @Test
    void aSecondPruneWithTheSameIdChangesNothing() {
        Store store = store();
        store.auditLog().append(List.of(at("e1", 1), at("e2", 2)));
        ChainLink first = Records.linkAt(store.auditHistory(), 1);
        ChainLink second = Records.linkAt(store.auditHistory(), 2);
        store.auditRetention().prune(Set.of(Records.eventId("e1")), Records.prune("p1", 1, first));

        Reasons.assertFailsWith(ReasonCode.DUPLICATE_ID,
                () -> store.auditRetention().prune(Set.of(Records.eventId("e2")), Records.prune("p1", 1, second)));

        assertEquals(List.of("e2"), stored(store));
        assertEquals(List.of(Records.prune("p1", 1, first)), store.auditRetention().prunes());
    }

    @Test
    void prunesAreListedOldestFirstAndAPrunedIdMayBeAppendedAgain() {
        Store store = store();
        store.auditLog().append(List.of(at("e1", 1), at("e2", 2)));
        ChainLink first = Records.linkAt(store.auditHistory(), 1);
        AuditPrune later = new AuditPrune("p0", Records.at(200), Records.at(10), Records.at(2), Records.at(2), 1, "b.jsonl",
                HASH, Optional.of(Records.linkAt(store.auditHistory(), 2)));
        store.auditRetention().prune(Set.of(Records.eventId("e1")), Records.prune("p1", 1, first));
        store.auditRetention().prune(Set.of(Records.eventId("e2")), later);

        assertEquals(List.of(Records.prune("p1", 1, first), later), store.auditRetention().prunes());
        store.auditLog().append(List.of(at("e1", 1)));
        assertEquals(List.of("e1"), stored(store));
        assertEquals(Set.of(EventId.class), Set.of(store.auditLog().find(Records.eventId("e1")).orElseThrow().eventId().getClass()));
    }
}
