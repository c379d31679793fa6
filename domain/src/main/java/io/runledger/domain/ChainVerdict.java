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
 * while it is stored), how many positions it checked from which one, and the first break, if any.
 *
 * @param head     the head the store records
 * @param headTs   the {@code ts} of the event at the head, empty when it is not stored (none yet, or pruned)
 * @param verified how many events were checked against their predecessor
 * @param from     the position the check started after: 0, the prune anchor's, or (for prunes from before
 *                 anchors) the last position before the first event they kept
 * @param broken   the first position that does not verify; empty when the chain is intact
 * @param anchor   the prune anchor the check started from, if the store has one
 */
public record ChainVerdict(ChainLink head, Optional<Instant> headTs, long verified, long from, Optional<ChainBreak> broken,
                           Optional<ChainAnchor> anchor) {
    public ChainVerdict {
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(headTs, "headTs");
        Objects.requireNonNull(broken, "broken");
        Objects.requireNonNull(anchor, "anchor");
    }

    /** Raises {@link ReasonCode#AUDIT_CHAIN_BROKEN} describing the break, if there is one. */
    public void requireIntact() {
        broken.ifPresent(b -> {
            throw new StoreException(ReasonCode.AUDIT_CHAIN_BROKEN, b.describe() + "; see docs/AUDIT_CHAIN.md");
        });
    }
}
