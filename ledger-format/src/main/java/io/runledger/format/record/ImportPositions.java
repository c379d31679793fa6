package io.runledger.format.record;

import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.ChainLink;
import io.runledger.storage.api.ChainedEvent;
import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.util.Objects;
import java.util.Optional;

/**
 * The positions an import gives the audit events it loads, and where the target's chain stands after it
 * (docs/FORMAT.md, "Audit chain positions"): an event that carries its position (format version 2)
 * keeps it; one without (version 1) takes the next position after the target's head. Positioned events
 * must continue the target's chain: a target whose head is at the genesis takes the file's anchor as its
 * own; a target whose head is past it (it held events, all pruned since) takes them only when the file's
 * anchor is that head — otherwise the import is refused ({@link ReasonCode#STATE_MIGRATION_TARGET_EXISTS})
 * rather than re-chained, which would throw the file's proof away. Each adapter asks this class inside
 * its import's unit, so the rule has one home.
 */
public final class ImportPositions {
    private final ChainLink targetHead;
    private final Optional<ChainLink> anchor;
    private final AuditChain unpositioned;
    private ChainLink head;
    private boolean positioned;

    /**
     * The positions of an import into a store whose chain head is {@code targetHead} (the genesis for a
     * replace, which starts the chain again), of records whose chain starts after {@code anchor}.
     */
    public ImportPositions(ChainLink targetHead, Optional<ChainLink> anchor) {
        this.targetHead = Objects.requireNonNull(targetHead, "targetHead");
        this.anchor = Objects.requireNonNull(anchor, "anchor");
        this.unpositioned = AuditChain.after(targetHead);
        this.head = targetHead;
        anchor.ifPresent(this::requireContinues);
    }

    /** The position of an audit record ({@link ChainedEvent} or {@link AuditEvent}), in the order the import loads them. */
    public ChainLink next(LedgerRecord audit) {
        if (audit instanceof ChainedEvent chained) {
            if (!positioned) {
                requireContinues(anchor.orElse(AuditChain.START));
                positioned = true;
            }
            if (chained.link().seq() > head.seq()) {
                head = chained.link();
            }
            return chained.link();
        }
        if (audit instanceof AuditEvent event) {
            head = unpositioned.append(event);
            return head;
        }
        throw new IllegalArgumentException("not an audit record: " + audit.getClass().getName());
    }

    /** The target's head once every record was loaded: the last position, and at least the anchor. */
    public ChainLink head() {
        return anchor.filter(a -> a.seq() > head.seq()).orElse(head);
    }

    /**
     * The anchor the target takes as its own, which it records with a prune record
     * ({@link io.runledger.storage.api.AuditPrune#carried}): the records' anchor, when the target's chain was at the genesis.
     */
    public Optional<ChainLink> adoptedAnchor() {
        return anchor.filter(a -> targetHead.seq() == 0);
    }

    private void requireContinues(ChainLink start) {
        if (targetHead.seq() != 0 && !targetHead.equals(start)) {
            throw new StoreException(ReasonCode.STATE_MIGRATION_TARGET_EXISTS, "the target's audit chain already "
                    + "reached seq " + targetHead.seq() + " (its events were pruned), and the imported chain starts after seq "
                    + start.seq() + (start.seq() == targetHead.seq() ? " with another chain" : "")
                    + "; positions must continue the target's chain: import into a new store, or restore with --replace "
                    + "(nothing was written)");
        }
    }
}
