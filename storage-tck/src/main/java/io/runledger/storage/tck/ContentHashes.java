package io.runledger.storage.tck;

import io.runledger.format.record.ExportWriter;
import io.runledger.storage.api.StoreContents;

/**
 * The content hash of a store's contents, as an export's trailer states it, for adapter tests whose
 * own module does not read the record format (the SQL adapters reach it only through storage-sql).
 */
public final class ContentHashes {
    private ContentHashes() {
    }

    /** The {@code sha256:…} content hash of everything {@code contents} exports. */
    public static String of(StoreContents contents) {
        return ExportWriter.summarize(contents).contentHash();
    }
}
