package io.runledger.domain;

import io.runledger.storage.api.ChainAnchor;
import io.runledger.storage.api.ChainLink;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link ChainVerifier} found: the store's head (position, chain, and the time of the event there
 * while it is stored), how many positions it checked from which one, the first break, if any, and
 * whether it got to the end (a check bounded in time may stop before).
 *
 * @param head     the head the store records
 * @param headTs   the {@code ts} of the event at the head, empty when it is not stored (none yet, or pruned)
 * @param verified how many events were checked against their predecessor
 * @param from     the position the check started after: 0, the prune anchor's, or (for prunes from before
 *                 anchors) the last position before the first event they kept
 * @param broken   the first position that does not verify; empty when the chain is intact as far as checked
 * @param anchor   the prune anchor the check started from, if the store has one
 * @param complete whether the check reached the head (or a break); false when its time ran out first, and then the
 *                 positions {@code from + 1 … from + verified} are intact and the rest was not read
 */
public record ChainVerdict(ChainLink head, Optional<Instant> headTs, long verified, long from, Optional<ChainBreak> broken,
                           Optional<ChainAnchor> anchor, boolean complete) {
    public ChainVerdict {
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(headTs, "headTs");
        Objects.requireNonNull(broken, "broken");
        Objects.requireNonNull(anchor, "anchor");
        if (broken.isPresent() && !complete) {
            throw new IllegalArgumentException("a check that found a break is complete");
        }
    }

    /** The verdict of a check that read up to the head, or up to the break it found. */
    public ChainVerdict(ChainLink head, Optional<Instant> headTs, long verified, long from, Optional<ChainBreak> broken,
                        Optional<ChainAnchor> anchor) {
        this(head, headTs, verified, from, broken, anchor, true);
    }

    /** The last position checked and found intact: {@code from + verified}. */
    public long reached() {
        return from + verified;
    }

    /** Raises {@link ReasonCode#AUDIT_CHAIN_BROKEN} describing the break, if there is one. */
    public void requireIntact() {
        broken.ifPresent(b -> {
            throw new StoreException(ReasonCode.AUDIT_CHAIN_BROKEN, b.describe() + "; see docs/AUDIT_CHAIN.md");
        });
    }
}
