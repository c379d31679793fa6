package io.runledger.storage.json;

import io.runledger.format.record.ImportPositions;
import io.runledger.storage.api.AuditPrune;
import io.runledger.storage.api.ChainAnchor;
import io.runledger.storage.api.ChainLink;
import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.Run;
import io.runledger.storage.api.Step;
import io.runledger.storage.api.StoreContents;
import io.runledger.storage.api.StoreException;
import java.time.Instant;
import java.util.Iterator;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@link StoreContents}: export streams the in-memory content in canonical order under one read view
 * (writers' journal appends go on, their apply waits until the export is done); import builds the
 * content aside and makes it durable as one new snapshot, so it is all or nothing; a replace does the
 * same over a store that holds content, whose snapshot the new one replaces by an atomic rename.
 */
final class JsonContents implements StoreContents {
    private final JournaledLedger ledger;

    JsonContents(JournaledLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public void exportTo(Consumer<LedgerRecord> sink) {
        ledger.read(content -> {
            content.forEachChained(sink);
            return null;
        });
    }

    @Override
    public Optional<ChainLink> chainAnchor() {
        return ledger.read(content -> content.anchor().map(ChainAnchor::link));
    }

    @Override
    public long importFrom(Iterator<LedgerRecord> records, Optional<ChainLink> anchor) {
        return load(records, true, anchor);
    }

    /** As an import, but over whatever the store holds: the new snapshot replaces the old one whole. */
    @Override
    public long replaceWith(Iterator<LedgerRecord> records, Optional<ChainLink> anchor) {
        return load(records, false, anchor);
    }

    private long load(Iterator<LedgerRecord> records, boolean intoEmpty, Optional<ChainLink> anchor) {
        long[] count = {0};
        ledger.replace(current -> {
            if (intoEmpty && !current.isEmpty()) {
                throw new StoreException(ReasonCode.STATE_MIGRATION_TARGET_EXISTS,
                        "the target json store is not empty; an import goes only into an empty store (nothing was written)");
            }
            // An import continues the chain of the (empty) store; a replace starts it again, as on SQL.
            Ledger scratch = intoEmpty ? Ledger.continuing(current) : new Ledger();
            ImportPositions positions = new ImportPositions(scratch.head(), anchor);
            while (records.hasNext()) {
                LedgerRecord record = records.next();
                Planned<?> planned;
                if (record instanceof Run run) {
                    planned = JsonRuns.planCreate(scratch, run);
                } else if (record instanceof Step step) {
                    planned = JsonSteps.planCreate(scratch, step);
                } else {
                    planned = JsonAuditLog.planImport(scratch, record.auditEvent().orElseThrow(), positions.next(record));
                }
                planned.entry().ifPresent(scratch::apply);
                count[0]++;
            }
            positions.adoptedAnchor().ifPresent(carried -> scratch.anchorAt(Optional.of(new ChainAnchor(
                    AuditPrune.carried(carried, Instant.now())))));
            return scratch;
        });
        return count[0];
    }

    @Override
    public boolean isEmpty() {
        return ledger.read(Ledger::isEmpty);
    }
}
