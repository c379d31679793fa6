package io.runledger.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.runledger.format.record.AuditChain;
import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.AuditHistory;
import io.runledger.storage.api.AuditLevel;
import io.runledger.storage.api.AuditPrune;
import io.runledger.storage.api.AuditRetention;
import io.runledger.storage.api.CanonicalJson;
import io.runledger.storage.api.ChainAnchor;
import io.runledger.storage.api.ChainLink;
import io.runledger.storage.api.ChainedEvent;
import io.runledger.storage.api.EventId;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What the verifier reports for each kind of damage, over a chain held in a list (the stores' own
 * chains are checked by the storage contract and the CLI's {@code audit verify} contract). The chain
 * is longer than a page, so that a break past the first page is found too.
 */
class ChainVerifierTest {
    private static final int EVENTS = ChainVerifier.PAGE + 5;
    /** Stretch lengths the checks are also walked in: one position, a few, half a page, past a page, past the chain. */
    private static final int[] STRETCHES = {1, 7, ChainVerifier.PAGE / 2, ChainVerifier.PAGE + 1, EVENTS + 10};

    private static AuditEvent event(int i) {
        return new AuditEvent(new EventId(String.format("ev-%05d", i)), Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i),
                AuditLevel.INFO, Optional.empty(), "ci", "noted", "event " + i, CanonicalJson.EMPTY_OBJECT);
    }

    private static List<ChainedEvent> chain() {
        AuditChain chain = AuditChain.after(AuditChain.START);
        return IntStream.rangeClosed(1, EVENTS).mapToObj(i -> {
            AuditEvent e = event(i);
            return new ChainedEvent(chain.append(e), e);
        }).toList();
    }

    private static ChainVerdict verify(List<ChainedEvent> events, ChainLink head, boolean pruned) {
        return verify(events, head, pruned ? List.of(new AuditPrune("p1", Instant.parse("2026-02-01T00:00:00Z"),
                Instant.parse("2026-01-01T00:00:10Z"), Instant.parse("2026-01-01T00:00:01Z"),
                Instant.parse("2026-01-01T00:00:03Z"), 3, "a.jsonl", "sha256:" + "0".repeat(64))) : List.of());
    }

    /**
     * The verdict over {@code events} of a store whose prune records are {@code prunes} (its anchor the latest
     * anchored one), walked on one thread — after checking that walks on several threads, in stretches short
     * and long, starting and ending anywhere, come to the same verdict.
     */
    private static ChainVerdict verify(List<ChainedEvent> events, ChainLink head, List<AuditPrune> prunes) {
        ChainVerdict walkedAlone = verify(events, () -> head, prunes, new int[] {1, 1});
        for (int stretch : STRETCHES) {
            assertEquals(walkedAlone, verify(events, () -> head, prunes, new int[] {3, stretch}),
                    "walked on 3 threads in stretches of " + stretch + " positions");
        }
        return walkedAlone;
    }

    /**
     * As above, for a store whose head is read from {@code heads} each time it is asked (one that takes writes),
     * walked on {@code walkers[0]} threads in stretches of {@code walkers[1]} positions.
     */
    private static ChainVerdict verify(List<ChainedEvent> events, Supplier<ChainLink> heads, List<AuditPrune> prunes, int[] walkers) {
        AuditHistory history = new AuditHistory() {
            @Override
            public ChainLink head() {
                return heads.get();
            }

            @Override
            public List<ChainedEvent> after(long seq, int limit) {
                return events.stream().filter(e -> e.link().seq() > seq).limit(limit).toList();
            }

            @Override
            public Optional<ChainAnchor> anchor() {
                return ChainAnchor.latest(prunes);
            }
        };
        AuditRetention retention = new AuditRetention() {
            @Override
            public void prune(Set<EventId> ids, AuditPrune record) {
                throw new UnsupportedOperationException("read only");
            }

            @Override
            public List<AuditPrune> prunes() {
                return prunes;
            }
        };
        return new ChainVerifier(history, retention, walkers[0], walkers[1]).verify();
    }

    /** The record of a prune of {@code count} events that ended at {@code last}. */
    private static AuditPrune anchored(String id, long count, ChainLink last) {
        return new AuditPrune(id, Instant.parse("2026-02-01T00:00:00Z"), Instant.parse("2026-01-01T01:00:00Z"),
                Instant.parse("2026-01-01T00:00:01Z"), Instant.parse("2026-01-01T00:00:02Z"), count, id + ".jsonl",
                "sha256:" + "0".repeat(64), Optional.of(last));
    }

    private static ChainLink last(List<ChainedEvent> events) {
        return events.get(events.size() - 1).link();
    }

    @Test
    void anIntactChainReportsItsHeadAndTheTimeOfTheEventThere() {
        List<ChainedEvent> events = chain();

        ChainVerdict verdict = verify(events, last(events), false);

        assertEquals(Optional.empty(), verdict.broken());
        assertEquals(EVENTS, verdict.verified());
        assertEquals(Optional.of(event(EVENTS).ts()), verdict.headTs());
        verdict.requireIntact();
    }

    @Test
    void aChangedEventIsContentChangedAtItsPositionEvenPastTheFirstPage() {
        List<ChainedEvent> events = new ArrayList<>(chain());
        int at = ChainVerifier.PAGE + 2;
        AuditEvent original = events.get(at - 1).event();
        events.set(at - 1, new ChainedEvent(events.get(at - 1).link(), new AuditEvent(original.eventId(), original.ts(),
                original.level(), original.runId(), original.scope(), original.event(), "edited", original.data())));

        ChainVerdict verdict = verify(events, last(events), false);

        assertEquals(Optional.of(new ChainBreak(at, ChainFault.CONTENT_CHANGED, Optional.of(original.eventId()))), verdict.broken());
        StoreException e = assertThrows(StoreException.class, verdict::requireIntact);
        assertEquals(ReasonCode.AUDIT_CHAIN_BROKEN, e.reason());
    }

    @Test
    void aDeletedEventIsAMissingPositionNamingTheNextOne() {
        List<ChainedEvent> events = new ArrayList<>(chain());
        events.remove(9);

        assertEquals(Optional.of(new ChainBreak(10, ChainFault.POSITION_MISSING, Optional.of(event(11).eventId()))),
                verify(events, last(events), false).broken());
    }

    @Test
    void aCutTailBelowTheRecordedHeadIsAMissingPosition() {
        List<ChainedEvent> events = chain();

        ChainVerdict verdict = verify(events.subList(0, 20), last(events), false);

        assertEquals(Optional.of(new ChainBreak(21, ChainFault.POSITION_MISSING, Optional.empty())), verdict.broken());
    }

    @Test
    void aRepeatedPositionAndAHeadThatNamesAnotherChainAreReported() {
        List<ChainedEvent> events = new ArrayList<>(chain());
        events.add(5, events.get(4));
        assertEquals(ChainFault.POSITION_REPEATED, verify(events, last(events), false).broken().orElseThrow().fault());

        List<ChainedEvent> intact = chain();
        ChainLink otherHead = new ChainLink(EVENTS, "0".repeat(64));
        assertEquals(Optional.of(new ChainBreak(EVENTS, ChainFault.LINK_BROKEN, Optional.empty())),
                verify(intact, otherHead, false).broken());
    }

    @Test
    void eventsAppendedWhileTheCheckWalksAreNoBreak() {
        List<ChainedEvent> events = chain();
        ChainLink headAtStart = events.get(ChainVerifier.PAGE / 2 - 1).link();
        AtomicInteger reads = new AtomicInteger();

        for (int stretch : STRETCHES) {
            reads.set(0);
            ChainVerdict verdict = verify(events, () -> reads.getAndIncrement() == 0 ? headAtStart : last(events), List.of(),
                    new int[] {3, stretch});

            assertEquals(Optional.empty(), verdict.broken(), "the store committed more events after its head was read");
            assertEquals(headAtStart, verdict.head());
            assertEquals(headAtStart.seq(), verdict.reached(), "the check says how far it got up to the head it read");
            assertEquals(Optional.of(event(ChainVerifier.PAGE / 2).ts()), verdict.headTs());
        }
    }

    @Test
    void aStoredEventBeyondTheRecordedHeadIsABrokenLinkAfterIt() {
        List<ChainedEvent> events = chain();
        ChainLink recorded = events.get(ChainVerifier.PAGE / 2 - 1).link();

        assertEquals(Optional.of(new ChainBreak(recorded.seq() + 1, ChainFault.LINK_BROKEN, Optional.of(event(ChainVerifier.PAGE / 2 + 1).eventId()))),
                verify(events, recorded, false).broken(), "the head stayed behind an event another writer slipped in");
    }

    @Test
    void afterAPruneTheCheckStartsAtTheFirstKeptEvent() {
        List<ChainedEvent> events = chain();
        List<ChainedEvent> kept = events.subList(3, events.size());

        ChainVerdict verdict = verify(kept, last(events), true);
        assertEquals(Optional.empty(), verdict.broken());
        assertEquals(4, verdict.from());
        assertEquals(EVENTS - 4, verdict.verified());

        assertEquals(ChainFault.POSITION_MISSING, verify(kept, last(events), false).broken().orElseThrow().fault(),
                "without a prune record a missing start is a missing position");
    }

    @Test
    void afterAnAnchoredPruneTheCheckStartsFromTheAnchorAndReportsIt() {
        List<ChainedEvent> events = chain();
        AuditPrune first = anchored("p1", 3, events.get(2).link());
        AuditPrune second = anchored("p2", 4, events.get(6).link());

        ChainVerdict verdict = verify(events.subList(7, events.size()), last(events), List.of(first, second));

        assertEquals(Optional.empty(), verdict.broken());
        assertEquals(7, verdict.from());
        assertEquals(EVENTS - 7, verdict.verified());
        assertEquals(Optional.of(new ChainAnchor(second)), verdict.anchor());
    }

    @Test
    void everyEventPrunedLeavesTheAnchorAtTheHeadAndVerifies() {
        List<ChainedEvent> events = chain();

        ChainVerdict verdict = verify(List.of(), last(events), List.of(anchored("p1", EVENTS, last(events))));

        assertEquals(Optional.empty(), verdict.broken());
        assertEquals(EVENTS, verdict.from());
    }

    @Test
    void deletingTheFirstKeptEventIsAMissingPositionRightAfterTheAnchor() {
        List<ChainedEvent> events = chain();

        ChainVerdict verdict = verify(events.subList(4, events.size()), last(events),
                List.of(anchored("p1", 3, events.get(2).link())));

        assertEquals(Optional.of(new ChainBreak(4, ChainFault.POSITION_MISSING, Optional.of(event(5).eventId()))),
                verdict.broken());
    }

    @Test
    void anAnchorMovedOverDeletedEventsIsAnAnchorMismatchAndOneWithAnotherChainBreaksTheFirstLink() {
        List<ChainedEvent> events = chain();
        List<ChainedEvent> kept = events.subList(5, events.size());

        assertEquals(Optional.of(new ChainBreak(5, ChainFault.ANCHOR_MISMATCH, Optional.empty())),
                verify(kept, last(events), List.of(anchored("p1", 3, events.get(4).link()))).broken(),
                "a prune of 3 events cannot end at position 5");
        assertEquals(Optional.of(new ChainBreak(6, ChainFault.CONTENT_CHANGED, Optional.of(event(6).eventId()))),
                verify(kept, last(events), List.of(anchored("p1", 5, new ChainLink(5, "0".repeat(64))))).broken(),
                "the first kept event does not link from a forged chain");
    }
}
