package io.runledger.domain;

import io.runledger.storage.api.ChainLink;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link HeadProof} found: the verdict on the store's whole chain, the kept head, and how the store
 * stands against that head — empty when the chain is broken, since a broken chain proves no prefix.
 *
 * @param chain  the verdict on the store's chain
 * @param kept   the kept head's position and chain
 * @param result whether the store holds the kept head's history; empty when the chain broke first
 * @param held   the link the store holds at the kept position, when it holds one
 */
public record HeadProofVerdict(ChainVerdict chain, ChainLink kept, Optional<KeptHeadResult> result, Optional<ChainLink> held) {
    public HeadProofVerdict {
        Objects.requireNonNull(chain, "chain");
        Objects.requireNonNull(kept, "kept");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(held, "held");
        if (result.isPresent() == chain.broken().isPresent()) {
            throw new IllegalArgumentException("a kept head is compared exactly when the chain is intact");
        }
    }

    /**
     * Raises {@link ReasonCode#AUDIT_CHAIN_BROKEN} when the chain is broken (describing the break), or when the
     * store does not hold the kept head's history (saying which way).
     */
    public void requireHeld() {
        chain.requireIntact();
        String why = switch (result.orElseThrow()) {
            case HELD -> "";
            case TAIL_CUT -> "the kept head is seq " + kept.seq() + ", but this store's chain ends at seq " + chain.head().seq()
                    + ": the events after seq " + chain.head().seq() + " are gone (the tail was cut), or this is not the store"
                    + " the head was taken from";
            case REWRITTEN -> "position " + kept.seq() + " holds chain " + held.orElseThrow().chain() + ", not the kept head's "
                    + kept.chain() + ": the history up to seq " + kept.seq() + " was rewritten (its chain recomputed), or this"
                    + " is not the store the head was taken from";
            case PRUNED -> "position " + kept.seq() + " is no longer in this store: the check started after position "
                    + chain.from() + " because prunes removed the events before (docs/RUNBOOK.md, \"Retention\"); keep"
                    + " a head taken after the last prune, or check this one against the prune's archive";
        };
        if (!why.isEmpty()) {
            throw new StoreException(ReasonCode.AUDIT_CHAIN_BROKEN, "the store does not hold the kept head's history: " + why
                    + "; see docs/AUDIT_CHAIN.md");
        }
    }
}
