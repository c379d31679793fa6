package io.runledger.domain;

import io.runledger.domain.ChainWalk.Stretch;
import io.runledger.format.record.AuditChain;
import io.runledger.storage.api.AuditHistory;
import io.runledger.storage.api.AuditPrune;
import io.runledger.storage.api.AuditRetention;
import io.runledger.storage.api.ChainAnchor;
import io.runledger.storage.api.ChainLink;
import io.runledger.storage.api.ChainedEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Verifies a store's audit chain (SPEC S12, docs/AUDIT_CHAIN.md): streams the events in {@code seq}
 * order, a page at a time, recomputes each chain from the previous position and the event's canonical
 * line, and stops at the first position that does not hold — a changed event, a missing or repeated
 * position, or a last event that does not match the recorded head (a cut tail). A long chain is walked
 * in stretches on several threads ({@link ChainWalk}), each from the stored event at its start; the
 * first break in position order is the verdict, the same as one walk's. Memory holds a page per thread.
 * A pruned store is checked from its {@link ChainAnchor}: the first kept event must link from the
 * anchor's chain, and the anchor must follow from the prune records (each anchored prune ends as many
 * positions after the previous one as it removed events). A store whose prunes are older than anchors
 * is checked from its first kept event on, whose link into the pruned part cannot be checked.
 * The check ends at the head read when it starts, so a store that commits events meanwhile is not
 * reported broken (docs/AUDIT_CHAIN.md, "Checking a live store").
 */
public final class ChainVerifier {
    /** Events read per call. */
    static final int PAGE = 1_000;
    /** Positions one thread walks at a time when several check a chain together. */
    public static final long STRETCH = 16L * PAGE;
    /** How often a check starts again when a prune committed meanwhile moved the anchor on. */
    private static final int ANCHOR_READS = 3;
    /** The most threads a check uses: past the cores the store's reads queue anyway. */
    private static final int MAX_THREADS = 4;

    private final AuditHistory history;
    private final AuditRetention retention;
    private final int threads;
    private final long stretch;

    /**
     * A verifier that walks a long chain on as many threads as the machine has cores (at most
     * {@value #MAX_THREADS}), each reading {@code history} on its own: for a command that has the
     * machine to itself ({@code audit verify}, {@code doctor}).
     */
    public ChainVerifier(AuditHistory history, AuditRetention retention) {
        this(history, retention, threadsOfACommand());
    }

    /** The threads a check walks on for a command that has the machine to itself: one per core, at most {@value #MAX_THREADS}. */
    static int threadsOfACommand() {
        return Math.min(Runtime.getRuntime().availableProcessors(), MAX_THREADS);
    }

    /**
     * A verifier that walks on at most {@code threads} threads ({@code 1}: on the caller's, e.g. a server's
     * background check, which must not take the cores from its requests).
     */
    public ChainVerifier(AuditHistory history, AuditRetention retention, int threads) {
        this(history, retention, threads, STRETCH);
    }

    /** As above, handing out {@code stretch} positions at a time to each thread (tests use short ones). */
    public ChainVerifier(AuditHistory history, AuditRetention retention, int threads, long stretch) {
        this.history = Objects.requireNonNull(history, "history");
        this.retention = Objects.requireNonNull(retention, "retention");
        if (threads < 1 || stretch < 1) {
            throw new IllegalArgumentException("a check needs at least one thread and stretches of one position (got "
                    + threads + " threads, stretches of " + stretch + ")");
        }
        this.threads = threads;
        this.stretch = stretch;
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
        Optional<ChainAnchor> anchor = history.anchor();
        List<ChainedEvent> page = history.after(start(anchor).seq(), PAGE);
        for (int read = 1; read < ANCHOR_READS && startsAfterAGap(anchor, page); read++) {
            Optional<ChainAnchor> now = history.anchor();
            if (now.equals(anchor)) {
                break;
            }
            anchor = now;
            page = history.after(start(anchor).seq(), PAGE);
        }
        List<AuditPrune> prunes = retention.prunes();
        Optional<ChainBreak> mismatch = anchor.isPresent() ? anchorMismatch(prunes) : Optional.empty();
        if (mismatch.isPresent()) {
            return new ChainVerdict(head, Optional.empty(), 0, start(anchor).seq(), mismatch, anchor);
        }
        ChainLink previous = start(anchor);
        Optional<Instant> headTs = Optional.empty();
        if (anchor.isEmpty() && !prunes.isEmpty() && startsAfterAGap(anchor, page)) {
            // Prunes from before anchors left no link into the first kept event: the check starts there.
            ChainedEvent first = page.get(0);
            previous = first.link();
            headTs = first.link().equals(head) ? Optional.of(first.event().ts()) : Optional.empty();
            page = page.subList(1, page.size());
        }
        long from = previous.seq();
        // The walk ends at the head read before it: a store taking writes commits more events meanwhile,
        // which the head read first does not name (the last page may hold some; endAgainstHead looks at them).
        ChainWalk walk = new ChainWalk(history, head, PAGE, started, budgetNanos);
        List<Long> ends = ends(from, head.seq());
        try (Stretches walked = Stretches.run(stretches(walk, previous, page, headTs, ends), threads, walk::stop)) {
            return verdict(walked, ends, head, from, anchor);
        }
    }

    /**
     * The walks of the stretches ending at {@code ends}: the first from {@code start} with the page already read
     * (and the head's time, if it was in it), each other from the stored event at the end of the one before.
     */
    private static List<Supplier<Stretch>> stretches(ChainWalk walk, ChainLink start, List<ChainedEvent> page,
                                                     Optional<Instant> headTs, List<Long> ends) {
        List<Supplier<Stretch>> stretches = new ArrayList<>(ends.size());
        stretches.add(() -> walk.walk(start, ends.get(0), page, headTs));
        for (int i = 1; i < ends.size(); i++) {
            long stretchFrom = ends.get(i - 1);
            long stretchEnd = ends.get(i);
            stretches.add(() -> walk.from(stretchFrom, stretchEnd));
        }
        return stretches;
    }

    /**
     * The verdict of the stretches in position order: the first that broke, stopped early, or (before the last)
     * ran out of events decides; the last one's end is held against the head.
     */
    private ChainVerdict verdict(Stretches walked, List<Long> ends, ChainLink head, long from, Optional<ChainAnchor> anchor) {
        long verified = 0;
        for (int i = 0; ; i++) {
            Stretch stretch = walked.get(i);
            verified += stretch.verified();
            if (stretch.broken().isPresent()) {
                return new ChainVerdict(head, Optional.empty(), verified, from, stretch.broken(), anchor);
            }
            if (!stretch.complete()) {
                return new ChainVerdict(head, Optional.empty(), verified, from, Optional.empty(), anchor, false);
            }
            if (i == ends.size() - 1) {
                return new ChainVerdict(head, stretch.headTs(), verified, from,
                        endAgainstHead(stretch.last(), head, stretch.lastPage()), anchor);
            }
            if (stretch.last().seq() < ends.get(i)) {
                // The events ran out before the stretch's end: the tail below the head was cut off.
                return new ChainVerdict(head, Optional.empty(), verified, from,
                        Optional.of(new ChainBreak(stretch.last().seq() + 1, ChainFault.POSITION_MISSING, Optional.empty())), anchor);
            }
        }
    }

    /**
     * Where the stretches of positions ({@code from}, {@code head}] end: every {@link #stretch} positions, the
     * last at the head; one stretch when the walk is on one thread.
     */
    private List<Long> ends(long from, long head) {
        List<Long> ends = new ArrayList<>();
        for (long end = from + stretch; threads > 1 && end < head; end += stretch) {
            ends.add(end);
        }
        ends.add(Math.max(from, head));
        return ends;
    }

    private static ChainLink start(Optional<ChainAnchor> anchor) {
        return anchor.map(ChainAnchor::link).orElse(AuditChain.START);
    }

    /** Whether the first stored event is not the one right after where the check starts. */
    private static boolean startsAfterAGap(Optional<ChainAnchor> anchor, List<ChainedEvent> page) {
        return !page.isEmpty() && page.get(0).link().seq() > start(anchor).seq() + 1;
    }

    /**
     * The first anchored prune (in position order) whose anchor is not the previous anchor's position
     * plus the events it removed; the first one is checked against position 0 unless older,
     * unanchored prunes (from before anchors, or of a chain a restore replaced) came before it.
     */
    static Optional<ChainBreak> anchorMismatch(List<AuditPrune> prunes) {
        boolean unanchoredBefore = prunes.stream().anyMatch(p -> p.last().isEmpty());
        List<AuditPrune> anchored = prunes.stream().filter(p -> p.last().isPresent())
                .sorted(Comparator.comparingLong(p -> p.last().orElseThrow().seq())).toList();
        for (int i = unanchoredBefore ? 1 : 0; i < anchored.size(); i++) {
            long previous = i == 0 ? 0 : anchored.get(i - 1).last().orElseThrow().seq();
            long seq = anchored.get(i).last().orElseThrow().seq();
            if (seq - previous != anchored.get(i).count()) {
                return Optional.of(new ChainBreak(seq, ChainFault.ANCHOR_MISMATCH, Optional.empty()));
            }
        }
        return Optional.empty();
    }

    /**
     * Where the walk ended against the head read before it: short of it (a cut tail), or at it with
     * another chain. Events of the last page past it are new commits unless the head, read again now
     * that they have been read, is still behind them: then one was stored without moving the head.
     */
    private Optional<ChainBreak> endAgainstHead(ChainLink last, ChainLink head, List<ChainedEvent> lastPage) {
        if (last.seq() < head.seq()) {
            return Optional.of(new ChainBreak(last.seq() + 1, ChainFault.POSITION_MISSING, Optional.empty()));
        }
        if (!last.equals(head)) {
            return Optional.of(new ChainBreak(last.seq(), ChainFault.LINK_BROKEN, Optional.empty()));
        }
        if (lastPage.isEmpty() || lastPage.get(lastPage.size() - 1).link().seq() <= head.seq()) {
            return Optional.empty();
        }
        long now = history.head().seq();
        return lastPage.stream().filter(e -> e.link().seq() > now).findFirst()
                .map(e -> new ChainBreak(e.link().seq(), ChainFault.LINK_BROKEN, Optional.of(e.event().eventId())));
    }
}
