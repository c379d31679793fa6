package io.runledger.storage.api;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The audit chain and the records prunes left, as a store holds them, for commands that only read them
 * ({@code doctor}'s chain check, {@code audit head}, {@code audit verify}): from
 * {@link StoreAdmin#committedAudit()} without opening the store, or from an open {@link Store}'s ports.
 */
public record CommittedAudit(AuditHistory history, AuditPrunes prunes) {
    public CommittedAudit {
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(prunes, "prunes");
    }

    /** The chain and prune records of an open store. */
    public static CommittedAudit of(Store store) {
        return new CommittedAudit(store.auditHistory(), new AuditPrunes(store.auditRetention().prunes()));
    }

    /** The prune records as an {@link AuditRetention} that only reads: pruning through it is refused. */
    public AuditRetention retention() {
        return new AuditRetention() {
            @Override
            public void prune(Set<EventId> events, AuditPrune record) {
                throw new UnsupportedOperationException("a committed view of the audit log only reads");
            }

            @Override
            public List<AuditPrune> prunes() {
                return prunes.all();
            }
        };
    }
}
