package io.runledger.storage.tck;

import static io.runledger.storage.tck.Records.at;
import static io.runledger.storage.tck.Records.linkAt;
import static io.runledger.storage.tck.Records.prune;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.domain.ChainVerdict;
import io.runledger.domain.ChainVerifier;
import io.runledger.format.record.ExportWriter;
import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.AuditLevel;
import io.runledger.storage.api.AuditPrune;
import io.runledger.storage.api.ChainAnchor;
import io.runledger.storage.api.ChainLink;
import io.runledger.storage.api.ChainedEvent;
import io.runledger.storage.api.EventId;
import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Moves keep the audit chain's proof (SPEC S12, export format version 2): a store streams every event
 * with its position, an import of such records keeps every {@code seq} and {@code chain}, its head and
 * the anchor of a pruned chain (a prune record of the carried anchor), so that the target verifies as
 * the source did; positioned events must continue the target's chain; events without positions (a
 * version 1 file) are chained after the target's head.
 */
public abstract class ChainedContentsContract extends StoreContract {
    private static AuditEvent event(String id, int second) {
        return Records.event(id, Optional.empty(), AuditLevel.INFO, "job", at(second));
    }

    /** A run and five events, appended in an order that is neither their ids' nor their times'. */
    private static Store filled(Store store) {
        store.runs().create(Records.run("run-1"));
        store.auditLog().append(List.of(event("ev-d", 4), event("ev-a", 9)));
        store.auditLog().append(List.of(Records.richEvent("ev-e", "run-1"), event("ev-b", 1)));
        store.auditLog().append(List.of(event("ev-c", 2)));
        return store;
    }

    private static List<LedgerRecord> exported(Store store) {
        List<LedgerRecord> records = new ArrayList<>();
        store.contents().exportTo(records::add);
        return records;
    }

    private static void pruneFirst(Store store, long count) {
        List<ChainedEvent> prefix = store.auditHistory().after(0, (int) count);
        Set<EventId> ids = prefix.stream().map(c -> c.event().eventId()).collect(Collectors.toSet());
        store.auditRetention().prune(ids, prune("p-" + count, count, prefix.get(prefix.size() - 1).link()));
    }

    private static ChainVerdict verified(Store store) {
        return new ChainVerifier(store.auditHistory(), store.auditRetention()).verify();
    }

    private static void assertSameChain(Store source, Store target) {
        assertEquals(source.auditHistory().after(0, 100), target.auditHistory().after(0, 100), "every seq and chain kept");
        assertEquals(source.auditHistory().head(), target.auditHistory().head(), "the head kept");
        assertEquals(source.auditHistory().anchor().map(ChainAnchor::link), target.auditHistory().anchor().map(ChainAnchor::link),
                "the anchor kept");
        assertEquals(exported(source), exported(target));
        assertEquals(ExportWriter.summarize(source.contents()), ExportWriter.summarize(target.contents()),
                "the content hash, positions included");
        ChainVerdict verdict = verified(target);
        assertTrue(verdict.broken().isEmpty(), () -> "the target verifies: " + verdict);
    }

    @Test
    void aStoreStreamsEveryEventWithItsPosition() {
        Store source = filled(store());
        List<ChainedEvent> chained = exported(source).stream().filter(ChainedEvent.class::isInstance)
                .map(ChainedEvent.class::cast).toList();

        assertEquals(List.of("ev-a", "ev-b", "ev-c", "ev-d", "ev-e"),
                chained.stream().map(c -> c.event().eventId().value()).toList(), "in event id order");
        assertEquals(Set.copyOf(source.auditHistory().after(0, 100)), Set.copyOf(chained), "each with its own position");
        assertEquals(Optional.empty(), source.contents().chainAnchor());
    }

    @Test
    void anImportOfPositionedEventsKeepsEverySeqChainAndTheHead() {
        Store source = filled(store());
        Store target = open(createdSpec());

        target.contents().importFrom(exported(source).iterator(), source.contents().chainAnchor());

        assertSameChain(source, target);
        target.auditLog().append(List.of(event("ev-f", 10)));
        assertEquals(source.auditHistory().head().seq() + 1, target.auditHistory().head().seq(), "appends continue it");
        assertTrue(verified(target).broken().isEmpty());
    }

    @Test
    void aPrunedChainMovesWithItsAnchor() {
        Store source = filled(store());
        pruneFirst(source, 2);
        ChainLink anchor = source.contents().chainAnchor().orElseThrow();
        assertEquals(linkAt(source.auditHistory(), 3).seq(), anchor.seq() + 1);
        Store target = open(createdSpec());

        target.contents().importFrom(exported(source).iterator(), Optional.of(anchor));

        assertSameChain(source, target);
        AuditPrune carried = target.auditRetention().prunes().get(0);
        assertEquals(AuditPrune.CARRIED_ARCHIVE, carried.archive());
        assertEquals(anchor.seq(), carried.count(), "positions 1 to the anchor are not in the target");
    }

    @Test
    void aChainWhoseEveryEventWasPrunedKeepsItsHead() {
        Store source = filled(store());
        pruneFirst(source, 5);
        Store target = open(createdSpec());

        target.contents().importFrom(exported(source).iterator(), source.contents().chainAnchor());

        assertSameChain(source, target);
        target.auditLog().append(List.of(event("ev-f", 10)));
        assertEquals(6, target.auditHistory().head().seq(), "positions are never taken twice");
    }

    @Test
    void positionedEventsMustContinueATargetWhoseChainMovedOn() {
        Store target = store();
        target.auditLog().append(List.of(event("old-1", 1), event("old-2", 2)));
        pruneFirst(target, 2);
        ChainLink head = target.auditHistory().head();
        Store fresh = filled(open(createdSpec()));

        Reasons.assertFailsWith(ReasonCode.STATE_MIGRATION_TARGET_EXISTS,
                () -> target.contents().importFrom(exported(fresh).iterator(), Optional.empty()));
        assertEquals(head, target.auditHistory().head(), "nothing was written");
        assertTrue(target.contents().isEmpty());

        List<LedgerRecord> unpositioned = exported(fresh).stream()
                .map(r -> r instanceof ChainedEvent c ? (LedgerRecord) c.event() : r).toList();
        target.contents().importFrom(unpositioned.iterator(), Optional.empty());
        assertEquals(head.seq() + 5, target.auditHistory().head().seq(), "events without positions follow the head");
        assertTrue(verified(target).broken().isEmpty());
    }

    @Test
    void aTargetWhoseHeadIsTheAnchorTakesTheChainThatContinuesIt() {
        Store source = store();
        source.auditLog().append(List.of(event("ev-b", 1), event("ev-a", 2), event("ev-c", 3)));
        Store target = open(createdSpec());
        target.contents().importFrom(exported(source).iterator(), Optional.empty());
        pruneFirst(source, 3);
        pruneFirst(target, 3);
        source.auditLog().append(List.of(event("ev-e", 4), event("ev-d", 5)));

        target.contents().importFrom(exported(source).iterator(), source.contents().chainAnchor());

        assertEquals(source.auditHistory().after(0, 100), target.auditHistory().after(0, 100));
        assertEquals(source.auditHistory().head(), target.auditHistory().head());
        assertEquals(1, target.auditRetention().prunes().size(), "the target's own anchor, no carried one");
        assertTrue(verified(target).broken().isEmpty(), () -> verified(target).toString());
    }

    @Test
    void aReplaceStartsTheChainAfterTheContentsAnchor() {
        Store source = filled(store());
        pruneFirst(source, 3);
        Store target = filled(open(createdSpec()));
        target.auditLog().append(List.of(event("ev-x", 20)));

        target.contents().replaceWith(exported(source).iterator(), source.contents().chainAnchor());

        assertEquals(source.auditHistory().after(0, 100), target.auditHistory().after(0, 100));
        assertEquals(source.auditHistory().head(), target.auditHistory().head());
        assertEquals(source.contents().chainAnchor(), target.contents().chainAnchor());
        assertTrue(verified(target).broken().isEmpty(), () -> verified(target).toString());
    }
}
