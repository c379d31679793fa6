package io.runledger.storage.tck;

import static io.runledger.storage.tck.Records.at;
import static io.runledger.storage.tck.Records.linkAt;
import static io.runledger.storage.tck.Records.prune;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.AuditLevel;
import io.runledger.storage.api.AuditPrune;
import io.runledger.storage.api.ChainAnchor;
import io.runledger.storage.api.ChainLink;
import io.runledger.storage.api.ChainedEvent;
import io.runledger.storage.api.EventId;
import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.api.Store;
import io.runledger.storage.api.StoreSpec;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Prunes and the audit chain's anchor (SPEC S12): a prune removes a prefix of the chain — never a
 * hole — and its record keeps the last removed position and chain, which {@code AuditHistory.anchor()}
 * gives, in the same unit as the delete, across reopening; the kept chain links from it; positions are
 * never taken twice, even when every event was pruned; a restore starts the chain again without one.
 */
public abstract class ChainAnchorContract extends StoreContract {
    private static AuditEvent event(String id, int second) {
        return Records.event(id, Optional.empty(), AuditLevel.INFO, "job", at(second));
    }

    private static Set<EventId> ids(String... ids) {
        return Stream.of(ids).map(Records::eventId).collect(Collectors.toSet());
    }

    /** Four events at positions 1 to 4, in the order e1, e2, e3, e4. */
    private static void fourEvents(Store store) {
        store.auditLog().append(List.of(event("e1", 1), event("e2", 2)));
        store.auditLog().append(List.of(event("e3", 3), event("e4", 4)));
    }

    private static List<String> kept(Store store) {
        return store.auditHistory().after(0, 100).stream().map(c -> c.event().eventId().value()).toList();
    }

    @Test
    void aPruneOfAPrefixLeavesItsAnchorFromWhichTheKeptChainLinksAcrossReopening() {
        StoreSpec spec = createdSpec();
        AuditPrune record;
        List<ChainedEvent> kept;
        try (Store store = provider().open(spec)) {
            fourEvents(store);
            assertEquals(Optional.empty(), store.auditHistory().anchor(), "no prune, no anchor");
            kept = store.auditHistory().after(2, 10);
            record = prune("p1", 2, linkAt(store.auditHistory(), 2));

            store.auditRetention().prune(ids("e1", "e2"), record);

            assertEquals(Optional.of(new ChainAnchor(record)), store.auditHistory().anchor());
        }
        try (Store reopened = provider().open(spec)) {
            ChainAnchor anchor = reopened.auditHistory().anchor().orElseThrow();
            assertEquals(record, anchor.prune());
            assertEquals(2, anchor.seq());
            assertEquals(kept, ChainAssertions.verifyFrom(reopened.auditHistory(), anchor.link()), "the kept chain links from it");
            assertEquals(List.of(record), reopened.auditRetention().prunes());
        }
    }

    @Test
    void aPruneThatWouldLeaveAHoleOrNamesAnotherChainIsRefusedAndChangesNothing() {
        Store store = store();
        fourEvents(store);
        ChainLink second = linkAt(store.auditHistory(), 2);
        ChainLink third = linkAt(store.auditHistory(), 3);

        assertThrows(IllegalArgumentException.class, () -> store.auditRetention().prune(ids("e2"), prune("p1", 1, second)),
                "e1 would stay below the anchor");
        assertThrows(IllegalArgumentException.class, () -> store.auditRetention().prune(ids("e1", "e3"), prune("p1", 2, third)),
                "e2 would stay below the anchor");
        assertThrows(IllegalArgumentException.class, () -> store.auditRetention().prune(ids("e1", "e2"),
                prune("p1", 2, new ChainLink(2, third.chain()))), "position 2 holds another chain");
        assertThrows(IllegalArgumentException.class, () -> store.auditRetention().prune(ids("e1"),
                new AuditPrune("p1", at(100), at(10), at(1), at(1), 1, "a.jsonl", "sha256:" + "ab".repeat(32))),
                "a prune records its anchor");

        assertEquals(List.of("e1", "e2", "e3", "e4"), kept(store));
        assertEquals(List.of(), store.auditRetention().prunes());
        assertEquals(Optional.empty(), store.auditHistory().anchor());
    }

    @Test
    void eachLaterPruneMovesTheAnchorOn() {
        Store store = store();
        fourEvents(store);
        AuditPrune first = prune("p1", 1, linkAt(store.auditHistory(), 1));
        store.auditRetention().prune(ids("e1"), first);
        AuditPrune second = prune("p2", 2, linkAt(store.auditHistory(), 3));

        store.auditRetention().prune(ids("e2", "e3"), second);

        assertEquals(Optional.of(new ChainAnchor(second)), store.auditHistory().anchor());
        assertEquals(List.of("e4"), kept(store));
        assertEquals(List.of(first, second), store.auditRetention().prunes());
    }

    @Test
    void pruningEveryEventNeverLetsAPositionBeTakenAgainAfterReopening() {
        StoreSpec spec = createdSpec();
        ChainLink head;
        try (Store store = provider().open(spec)) {
            fourEvents(store);
            head = store.auditHistory().head();
            store.auditRetention().prune(ids("e1", "e2", "e3", "e4"), prune("p1", 4, head));
        }
        try (Store reopened = provider().open(spec)) {
            assertEquals(head, reopened.auditHistory().head(), "the head stays at the last pruned position");
            assertEquals(head, reopened.auditHistory().anchor().orElseThrow().link());
            reopened.auditLog().append(List.of(event("e5", 5)));
            assertEquals(head.seq() + 1, ChainAssertions.verifyFrom(reopened.auditHistory(), head).get(0).link().seq());
        }
    }

    @Test
    void aRestoreStartsTheChainAgainWithoutAnAnchorAndKeepsThePruneRecords() {
        Store store = store();
        fourEvents(store);
        store.auditRetention().prune(ids("e1", "e2"), prune("p1", 2, linkAt(store.auditHistory(), 2)));
        List<LedgerRecord> content = List.of(event("r1", 1), event("r2", 2), event("r3", 3));

        store.contents().replaceWith(content.iterator());

        assertEquals(Optional.empty(), store.auditHistory().anchor());
        assertEquals(List.of("r1", "r2", "r3"), ChainAssertions.verify(store.auditHistory()).stream()
                .map(c -> c.event().eventId().value()).toList());
        assertEquals(List.of("p1"), store.auditRetention().prunes().stream().map(AuditPrune::pruneId).toList());
    }
}
