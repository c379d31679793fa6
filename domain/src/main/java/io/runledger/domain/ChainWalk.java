package io.runledger.domain;

import io.runledger.format.record.AuditChain;
import io.runledger.storage.api.AuditHistory;
import io.runledger.storage.api.ChainLink;
import io.runledger.storage.api.ChainedEvent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One check of the audit chain up to a head, walked as consecutive stretches of positions that
 * threads may walk at the same time: each event is checked against the stored chain of the event
 * before it, so a stretch needs nothing from the others but the event at its start. A stretch stops at
 * its end, at its first break, when the time runs out, or when a break was found before its start
 * (the check's answer is then known and ends there).
 */
final class ChainWalk {
    private final AuditHistory history;
    private final ChainLink head;
    private final int page;
    private final long started;
    private final long budgetNanos;
    /** The lowest position a break was found at so far; stretches starting above it need not be walked. */
    private final AtomicLong firstBreak = new AtomicLong(Long.MAX_VALUE);

    ChainWalk(AuditHistory history, ChainLink head, int page, long started, long budgetNanos) {
        this.history = history;
        this.head = head;
        this.page = page;
        this.started = started;
        this.budgetNanos = budgetNanos;
    }

    /**
     * What a walk over positions ({@code start}, {@code end}] found.
     *
     * @param verified how many events it checked and found intact
     * @param last     the last intact position, where the walk ended (the start if none)
     * @param lastPage for a walk that reached the head, the last page it read (whose events past the head it
     *                 did not look at); empty otherwise
     * @param broken   the first break, if it found one
     * @param complete false when it stopped early (time ran out, or a break before it made it moot)
     * @param headTs   the time of the event at the head, if it read that event
     */
    record Stretch(long verified, ChainLink last, List<ChainedEvent> lastPage, Optional<ChainBreak> broken,
                   boolean complete, Optional<Instant> headTs) {
        static Stretch stopped(ChainLink at) {
            return new Stretch(0, at, List.of(), Optional.empty(), false, Optional.empty());
        }
    }

    /**
     * Walks the stretch after position {@code from} up to {@code end}, reading it from the store: the event
     * at {@code from} is its start (the stretch before checks that one). When no event holds {@code from},
     * the stretch reports that position missing — the stretch before, which ends there, finds the same break.
     */
    Stretch from(long from, long end) {
        if (moot(from)) {
            return Stretch.stopped(new ChainLink(from, AuditChain.GENESIS));
        }
        List<ChainedEvent> first = history.after(from - 1, pageUpTo(from - 1, end));
        if (first.isEmpty() || first.get(0).link().seq() != from) {
            Optional<ChainBreak> missing = Optional.of(new ChainBreak(from, ChainFault.POSITION_MISSING,
                    first.stream().findFirst().map(e -> e.event().eventId())));
            return new Stretch(0, new ChainLink(from - 1, AuditChain.GENESIS), List.of(), missing, true, Optional.empty());
        }
        return walk(first.get(0).link(), end, first.subList(1, first.size()), Optional.empty());
    }

    /**
     * Walks from {@code start} up to {@code end}, beginning with the events of {@code page} (already read, in
     * {@code seq} order, all after {@code start}); {@code headTs} is the head event's time if it was read before.
     */
    Stretch walk(ChainLink start, long end, List<ChainedEvent> page, Optional<Instant> headTs) {
        AuditChain chain = AuditChain.after(AuditChain.START);
        ChainLink previous = start;
        long verified = 0;
        while (true) {
            for (ChainedEvent event : page) {
                if (previous.seq() >= end) {
                    break;
                }
                Optional<ChainBreak> broken = check(chain, previous, event);
                if (broken.isEmpty() && event.link().seq() == head.seq() && !event.link().equals(head)) {
                    broken = Optional.of(new ChainBreak(head.seq(), ChainFault.LINK_BROKEN, Optional.empty()));
                }
                if (broken.isPresent()) {
                    firstBreak.accumulateAndGet(broken.get().seq(), Math::min);
                    return new Stretch(verified, previous, List.of(), broken, true, Optional.empty());
                }
                if (event.link().seq() == head.seq()) {
                    headTs = Optional.of(event.event().ts());
                }
                previous = event.link();
                verified++;
            }
            if (previous.seq() >= end) {
                break;
            }
            if (moot(previous.seq())) {
                return new Stretch(verified, previous, List.of(), Optional.empty(), false, headTs);
            }
            List<ChainedEvent> next = history.after(previous.seq(), pageUpTo(previous.seq(), end));
            if (next.isEmpty()) {
                break;
            }
            page = next;
        }
        // Only the last stretch's page is looked at again (past the head); the others' are let go at once.
        return new Stretch(verified, previous, end >= head.seq() ? page : List.of(), Optional.empty(), true, headTs);
    }

    /**
     * How many events to read after {@code seq} for a stretch ending at {@code end}: a page, or what is left of a
     * short stretch (a stretch ending at the head reads whole pages: the events past the head are looked at too).
     */
    private int pageUpTo(long seq, long end) {
        return end >= head.seq() ? page : (int) Math.min(page, end - seq);
    }

    /** Ends the walks still running at their next page: the check has its answer, or failed. */
    void stop() {
        firstBreak.set(Long.MIN_VALUE);
    }

    /** Whether walking on from {@code seq} is no use: the time ran out, or a break was found before it. */
    private boolean moot(long seq) {
        return firstBreak.get() < seq || System.nanoTime() - started >= budgetNanos;
    }

    private static Optional<ChainBreak> check(AuditChain chain, ChainLink previous, ChainedEvent event) {
        long seq = event.link().seq();
        if (seq <= previous.seq()) {
            return Optional.of(new ChainBreak(seq, ChainFault.POSITION_REPEATED, Optional.of(event.event().eventId())));
        }
        if (seq > previous.seq() + 1) {
            return Optional.of(new ChainBreak(previous.seq() + 1, ChainFault.POSITION_MISSING, Optional.of(event.event().eventId())));
        }
        if (!chain.link(previous.chain(), event.event()).equals(event.link().chain())) {
            return Optional.of(new ChainBreak(seq, ChainFault.CONTENT_CHANGED, Optional.of(event.event().eventId())));
        }
        return Optional.empty();
    }
}
