package io.runledger.domain;

import io.runledger.format.record.AuditChain;
import io.runledger.format.record.RecordLines;
import io.runledger.storage.api.AuditHistory;
import io.runledger.storage.api.AuditRetention;
import io.runledger.storage.api.ChainLink;
import io.runledger.storage.api.ChainedEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Verifies a store's audit chain (SPEC S12, docs/AUDIT_CHAIN.md): streams the events in {@code seq}
 * order, a page at a time, recomputes each chain from the previous position and the event's canonical
 * line, and stops at the first position that does not hold — a changed event, a missing or repeated
 * position, or a last event that does not match the recorded head (a cut tail). Memory holds one page.
 * A store that prunes left without events at the start is checked from its first kept event on; the
 * link into that event cannot be checked until prunes record the last pruned position.
 */
public final class ChainVerifier {
    /** Events read per call. */
    static final int PAGE = 1_000;

    private final AuditHistory history;
    private final AuditRetention retention;

    public ChainVerifier(AuditHistory history, AuditRetention retention) {
        this.history = Objects.requireNonNull(history, "history");
        this.retention = Objects.requireNonNull(retention, "retention");
    }

    /** Walks the whole chain and says what it found; changes nothing. */
    public ChainVerdict verify() {
        return verify(Duration.ofNanos(Long.MAX_VALUE));
    }

    /**
     * Walks the chain for at most about {@code budget}: the time is checked before each page after the
     * first, so at least one page is read whatever the budget. A check whose time ran out reports the
     * positions it found intact, {@linkplain ChainVerdict#complete() incomplete}; changes nothing.
     */
    public ChainVerdict verify(Duration budget) {
        long started = System.nanoTime();
        long budgetNanos = budget.toNanos();
        ChainLink head = history.head();
        boolean pruned = !retention.prunes().isEmpty();
        AuditChain chain = AuditChain.after(AuditChain.START);
        ChainLink previous = AuditChain.START;
        long from = 0;
        long verified = 0;
        Optional<Instant> lastTs = Optional.empty();
        List<ChainedEvent> page = history.after(0, PAGE);
        if (pruned && !page.isEmpty() && page.get(0).link().seq() > 1) {
            // The pruned prefix is gone; the first kept event is where the check starts.
            ChainedEvent first = page.get(0);
            from = first.link().seq();
            previous = first.link();
            lastTs = Optional.of(first.event().ts());
            page = page.subList(1, page.size());
        }
        while (true) {
            for (ChainedEvent event : page) {
                Optional<ChainBreak> broken = check(chain, previous, event);
                if (broken.isPresent()) {
                    return new ChainVerdict(head, Optional.empty(), verified, from, broken);
                }
                previous = event.link();
                lastTs = Optional.of(event.event().ts());
                verified++;
            }
            if (System.nanoTime() - started >= budgetNanos && previous.seq() < head.seq()) {
                return new ChainVerdict(head, Optional.empty(), verified, from, Optional.empty(), false);
            }
            List<ChainedEvent> next = history.after(previous.seq(), PAGE);
            if (next.isEmpty()) {
                break;
            }
            page = next;
        }
        return new ChainVerdict(head, previous.equals(head) ? lastTs : Optional.empty(), verified, from,
                endAgainstHead(previous, head));
    }

    private static Optional<ChainBreak> check(AuditChain chain, ChainLink previous, ChainedEvent event) {
        long seq = event.link().seq();
        if (seq <= previous.seq()) {
            return Optional.of(new ChainBreak(seq, ChainFault.POSITION_REPEATED, Optional.of(event.event().eventId())));
        }
        if (seq > previous.seq() + 1) {
            return Optional.of(new ChainBreak(previous.seq() + 1, ChainFault.POSITION_MISSING, Optional.of(event.event().eventId())));
        }
        if (!chain.link(previous.chain(), RecordLines.toLine(event.event())).equals(event.link().chain())) {
            return Optional.of(new ChainBreak(seq, ChainFault.CONTENT_CHANGED, Optional.of(event.event().eventId())));
        }
        return Optional.empty();
    }

    private static Optional<ChainBreak> endAgainstHead(ChainLink last, ChainLink head) {
        if (last.equals(head)) {
            return Optional.empty();
        }
        if (head.seq() > last.seq()) {
            return Optional.of(new ChainBreak(last.seq() + 1, ChainFault.POSITION_MISSING, Optional.empty()));
        }
        return Optional.of(new ChainBreak(last.seq(), ChainFault.LINK_BROKEN, Optional.empty()));
    }
}
