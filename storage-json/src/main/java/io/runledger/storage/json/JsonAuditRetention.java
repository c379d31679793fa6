package io.runledger.storage.json;

import io.runledger.storage.api.AuditPrune;
import io.runledger.storage.api.AuditRetention;
import io.runledger.storage.api.EventId;
import java.util.List;
import java.util.Set;

/** {@link AuditRetention} over the journaled ledger: a prune is a new snapshot without the events (see {@link JournaledLedger#prune}). */
final class JsonAuditRetention implements AuditRetention {
    private final JournaledLedger ledger;

    JsonAuditRetention(JournaledLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public void prune(Set<EventId> events, AuditPrune record) {
        if (events.size() != record.count()) {
            throw new IllegalArgumentException("the record counts " + record.count() + " events, " + events.size() + " are named");
        }
        ledger.prune(events, record);
    }

    @Override
    public List<AuditPrune> prunes() {
        return ledger.prunes();
    }
}
