package io.runledger.domain;

import io.runledger.format.record.AuditChain;
import io.runledger.storage.api.AuditHistory;
import io.runledger.storage.api.AuditRetention;
import io.runledger.storage.api.ChainLink;
import io.runledger.storage.api.ChainedEvent;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.util.List;
import java.util.Objects;

/**
 * Proves that a store still holds exactly the prefix of its audit chain that a kept head names
 * ({@code audit verify --head}, docs/AUDIT_CHAIN.md): the whole chain verifies, and the event at the
 * head's position has the head's chain. Since every chain depends on all before it, that one value
 * stands for every event up to the position: a cut tail (the position is gone) and a rewritten history
 * (a different chain there, however carefully every chain after the edit was recomputed) are both
 * caught, with {@link ReasonCode#AUDIT_CHAIN_BROKEN}. Changes nothing.
 */
public final class HeadProof {
    private final AuditHistory history;
    private final AuditRetention retention;

    public HeadProof(AuditHistory history, AuditRetention retention) {
        this.history = Objects.requireNonNull(history, "history");
        this.retention = Objects.requireNonNull(retention, "retention");
    }

    /**
     * Verifies the whole chain and that position {@code kept.seq()} holds {@code kept.chain()}; returns
     * the walk's verdict, or raises {@link ReasonCode#AUDIT_CHAIN_BROKEN} saying what does not hold.
     */
    public ChainVerdict prove(ChainLink kept) {
        ChainVerdict verdict = new ChainVerifier(history, retention).verify();
        verdict.requireIntact();
        ChainLink head = verdict.head();
        if (kept.seq() > head.seq()) {
            throw broken("the kept head is seq " + kept.seq() + ", but this store's chain ends at seq " + head.seq()
                    + ": the events after seq " + head.seq() + " are gone (the tail was cut), or this is not the store"
                    + " the head was taken from");
        }
        ChainLink held = kept.seq() == 0 ? AuditChain.START : at(kept.seq(), verdict);
        if (!held.chain().equals(kept.chain())) {
            throw broken("position " + kept.seq() + " holds chain " + held.chain() + ", not the kept head's " + kept.chain()
                    + ": the history up to seq " + kept.seq() + " was rewritten (its chain recomputed), or this is not"
                    + " the store the head was taken from");
        }
        return verdict;
    }

    private ChainLink at(long seq, ChainVerdict verdict) {
        List<ChainedEvent> found = history.after(seq - 1, 1);
        if (found.isEmpty() || found.get(0).link().seq() != seq) {
            throw broken("position " + seq + " is no longer in this store: the check started after position "
                    + verdict.from() + " because prunes removed the events before (docs/RUNBOOK.md, \"Retention\"); keep"
                    + " a head taken after the last prune, or check this one against the prune's archive");
        }
        return found.get(0).link();
    }

    private static StoreException broken(String why) {
        return new StoreException(ReasonCode.AUDIT_CHAIN_BROKEN, "the store does not hold the kept head's history: " + why
                + "; see docs/AUDIT_CHAIN.md");
    }
}
