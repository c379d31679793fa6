package io.runledger.storage.api;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the stored part of a pruned audit chain starts (SPEC S12, docs/AUDIT_CHAIN.md): the last
 * position the latest prune removed and its chain hash, from which the first kept event links, with
 * that prune's record (when, how many events, the archive and its content hash). Every position up to
 * {@link #seq()} is gone from the store; verification starts here.
 *
 * @param prune the prune that left the anchor; its {@link AuditPrune#last()} is present
 */
public record ChainAnchor(AuditPrune prune) {
    public ChainAnchor {
        Objects.requireNonNull(prune, "prune");
        if (prune.last().isEmpty()) {
            throw new IllegalArgumentException("prune " + prune.pruneId() + " recorded no anchor");
        }
    }

    /**
     * The anchor of a store whose prune records are {@code prunes}: that of the anchored prune with the
     * highest last position (prunes remove prefixes, so it is the latest); empty when none is anchored.
     */
    public static Optional<ChainAnchor> latest(List<AuditPrune> prunes) {
        return prunes.stream().filter(p -> p.last().isPresent())
                .max(Comparator.comparingLong(p -> p.last().orElseThrow().seq()))
                .map(ChainAnchor::new);
    }

    /** The last pruned position and its chain. */
    public ChainLink link() {
        return prune.last().orElseThrow();
    }

    /** The last pruned position. */
    public long seq() {
        return link().seq();
    }

    /** That position's chain hash, which the first kept event's chain continues. */
    public String chain() {
        return link().chain();
    }

    /** The content hash ({@code sha256:<hex>}) of the archive the pruned events were written to. */
    public String archiveHash() {
        return prune.archiveHash();
    }

    /** When the prune that left this anchor deleted its events. */
    public Instant prunedAt() {
        return prune.prunedAt();
    }
}
