package io.runledger.storage.json;

import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.Timestamps;
import io.runledger.storage.json.files.IoFailures;
import io.runledger.storage.json.files.StoreFiles;
import io.runledger.storage.json.journal.JournalReader;
import io.runledger.storage.json.journal.JournalScan;
import io.runledger.storage.json.snapshot.JsonSchema;
import io.runledger.storage.json.snapshot.SnapshotFile;
import io.runledger.storage.json.snapshot.SnapshotScan;

/**
 * Recovery: reads and verifies {@code state.json}, then replays the journal over it; the events of a
 * store from before schema 6 are given their chain positions in memory. Reads only —
 * a torn tail, a stale journal or leftover temporary files are reported, and dealt with by the next
 * write (see {@link JsonStore}), never here.
 */
final class StoreLoader {
    private static final int ATTEMPTS = 5;

    private StoreLoader() {
    }

    /**
     * Loads the store. {@code locked} says whether the caller holds the store's lock: without it a
     * compaction may replace both files between the two reads, which shows as a journal ahead of the
     * snapshot, and the read is simply repeated.
     */
    static LoadedStore load(StoreFiles files, boolean locked) {
        for (int attempt = 1; ; attempt++) {
            Ledger ledger = new Ledger();
            SnapshotScan snapshot = SnapshotFile.read(files.snapshot(), (record, link) -> {
                ledger.put(record);
                link.ifPresent(l -> ledger.link(((AuditEvent) record).eventId().value(), l));
            });
            JournalScan journal = JournalReader.read(files.journal(), snapshot.header(), ledger::apply);
            if (snapshot.header().schemaVersion() < JsonSchema.CHAINED) {
                ledger.chainUnlinked();
            }
            if (journal.state() != JournalScan.State.AHEAD) {
                return new LoadedStore(snapshot, journal, ledger);
            }
            if (locked || attempt == ATTEMPTS) {
                throw IoFailures.corrupt(files.journal(), 1, "the journal continues a snapshot of "
                        + Timestamps.format(journal.continues().orElseThrow()) + " but " + files.snapshot().getFileName()
                        + " is of " + Timestamps.format(snapshot.header().exportedAt()) + " (was an older copy put back?)");
            }
        }
    }
}
