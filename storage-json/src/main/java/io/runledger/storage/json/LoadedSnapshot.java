package io.runledger.storage.json;

/** A snapshot read and verified: its header, its content, its size in bytes and its content hash. */
record LoadedSnapshot(SnapshotHeader header, Ledger ledger, long bytes, String contentHash) {
}
