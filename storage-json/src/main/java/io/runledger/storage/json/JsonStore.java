package io.runledger.storage.json;

import io.runledger.storage.api.AuditHistory;
import io.runledger.storage.api.AuditLog;
import io.runledger.storage.api.AuditRetention;
import io.runledger.storage.api.Runs;
import io.runledger.storage.api.Steps;
import io.runledger.storage.api.Store;
import io.runledger.storage.api.StoreContents;

/** An open JSON store: its ports over one {@link JournaledLedger}, which holds the lock until {@link #close()}. */
final class JsonStore implements Store {
    private final JournaledLedger ledger;
    private final Runs runs;
    private final Steps steps;
    private final AuditLog auditLog;
    private final AuditHistory auditHistory;
    private final AuditRetention auditRetention;
    private final StoreContents contents;

    JsonStore(JournaledLedger ledger) {
        this.ledger = ledger;
        this.runs = new JsonRuns(ledger);
        this.steps = new JsonSteps(ledger);
        this.auditLog = new JsonAuditLog(ledger);
        this.auditHistory = new JsonAuditHistory(ledger);
        this.auditRetention = new JsonAuditRetention(ledger);
        this.contents = new JsonContents(ledger);
    }

    @Override
    public Runs runs() {
        return runs;
    }

    @Override
    public Steps steps() {
        return steps;
    }

    @Override
    public AuditLog auditLog() {
        return auditLog;
    }

    @Override
    public AuditHistory auditHistory() {
        return auditHistory;
    }

    @Override
    public AuditRetention auditRetention() {
        return auditRetention;
    }

    @Override
    public StoreContents contents() {
        return contents;
    }

    @Override
    public void close() {
        ledger.close();
    }
}
