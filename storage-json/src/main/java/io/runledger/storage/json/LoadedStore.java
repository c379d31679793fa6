package io.runledger.storage.json;

/** A store read from disk: the verified snapshot, the journal replayed over it, and the resulting content. */
record LoadedStore(LoadedSnapshot snapshot, JournalScan journal, Ledger ledger) {
}
