package io.runledger.storage.json;

import io.runledger.storage.json.journal.JournalScan;
import io.runledger.storage.json.snapshot.SnapshotScan;

/** A store read from disk: what reading the snapshot and replaying the journal over it found, and the resulting content. */
record LoadedStore(SnapshotScan snapshot, JournalScan journal, Ledger ledger) {
}
