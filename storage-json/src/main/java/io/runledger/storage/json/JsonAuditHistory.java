package io.runledger.storage.json;

import io.runledger.storage.api.AuditHistory;
import io.runledger.storage.api.ChainAnchor;
import io.runledger.storage.api.ChainLink;
import io.runledger.storage.api.ChainedEvent;
import java.util.List;
import java.util.Optional;

/**
 * {@link AuditHistory} over a ledger's chain positions and anchor, each call read under one consistent
 * view: the open store's journaled ledger, or one loaded for reading only ({@code JsonAdmin.committedAudit()}).
 */
final class JsonAuditHistory implements AuditHistory {
    private final LedgerReads ledger;

    JsonAuditHistory(LedgerReads ledger) {
        this.ledger = ledger;
    }

    @Override
    public ChainLink head() {
        return ledger.read(Ledger::head);
    }

    @Override
    public Optional<ChainAnchor> anchor() {
        return ledger.read(Ledger::anchor);
    }

    @Override
    public List<ChainedEvent> after(long seq, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1 (got " + limit + ")");
        }
        return ledger.read(content -> content.after(seq, limit));
    }
}
