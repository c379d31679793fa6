package io.runledger.storage.json.snapshot;

import io.runledger.format.record.ExportHeader;

/**
 * What reading {@code state.json} found, once every record was handed on and the whole file verified:
 * its header, its size in bytes and its content hash.
 */
public record SnapshotScan(ExportHeader header, long bytes, String contentHash) {
}
