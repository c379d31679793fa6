package io.runledger.domain;

import io.runledger.format.record.AuditChain;
import io.runledger.storage.api.AuditHistory;
import io.runledger.storage.api.AuditRetention;
import io.runledger.storage.api.ChainLink;
import io.runledger.storage.api.ChainedEvent;
import java.util.Objects;
import java.util.Optional;

/**
 * Proves that a store still holds exactly the prefix of its audit chain that a kept head names
 * ({@code audit verify --head}, docs/AUDIT_CHAIN.md): the whole chain verifies, and the event at the
 * head's position has the head's chain. Since every chain depends on all before it, that one value
 * stands for every event up to the position: a cut tail (the position is gone) and a rewritten history
 * (a different chain there, however carefully every chain after the edit was recomputed) are both
 * caught ({@link HeadProofVerdict#requireHeld()}). Changes nothing.
 */
public final class HeadProof {
    private final AuditHistory history;
    private final AuditRetention retention;

    public HeadProof(AuditHistory history, AuditRetention retention) {
        this.history = Objects.requireNonNull(history, "history");
        this.retention = Objects.requireNonNull(retention, "retention");
    }

    /** Verifies the whole chain and, when it is intact, compares position {@code kept.seq()} with {@code kept.chain()}. */
    public HeadProofVerdict prove(ChainLink kept) {
        ChainVerdict verdict = new ChainVerifier(history, retention).verify();
        if (verdict.broken().isPresent()) {
            return new HeadProofVerdict(verdict, kept, Optional.empty(), Optional.empty());
        }
        if (kept.seq() > verdict.head().seq()) {
            return new HeadProofVerdict(verdict, kept, Optional.of(KeptHeadResult.TAIL_CUT), Optional.empty());
        }
        Optional<ChainLink> held = kept.seq() == 0 ? Optional.of(AuditChain.START) : history.at(kept.seq()).map(ChainedEvent::link);
        KeptHeadResult result = held.map(link -> link.chain().equals(kept.chain()) ? KeptHeadResult.HELD : KeptHeadResult.REWRITTEN)
                .orElse(KeptHeadResult.PRUNED);
        return new HeadProofVerdict(verdict, kept, Optional.of(result), held);
    }
}
