package io.runledger.storage.json;

import io.runledger.format.record.ExportHeader;

/** A snapshot read and verified: its header, its content, its size in bytes and its content hash. */
record LoadedSnapshot(ExportHeader header, Ledger ledger, long bytes, String contentHash) {
}
