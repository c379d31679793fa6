package io.runledger.domain.transfer;

import io.runledger.format.record.ExportReader;
import io.runledger.format.record.ExportSummary;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/** Reads a written export file back in full before it gets its name: backups and prune archives. */
final class ArchiveCheck {
    private ArchiveCheck() {
    }

    /**
     * Raises {@code state_migration_hash_mismatch} unless the complete file at {@code copy} reads back
     * (every record, and its trailer) as {@code written}; {@code target} names it in the message.
     */
    static void requireReadsBack(Path copy, Path target, ExportSummary written, int schemaHead) {
        Optional<ExportSummary> readBack;
        try (InputStream in = FileInput.decoded(FileInput.open(copy), n -> { });
             ExportReader reader = ExportReader.open(in, schemaHead)) {
            reader.forEachRemaining(record -> { });
            readBack = reader.trailer();
        } catch (IOException | RuntimeException e) {
            throw new StoreException(ReasonCode.STATE_MIGRATION_HASH_MISMATCH, "the file " + target
                    + " did not read back (" + e.getMessage() + "); it was not kept", e);
        }
        if (readBack.isEmpty() || !readBack.get().equals(written)) {
            throw new StoreException(ReasonCode.STATE_MIGRATION_HASH_MISMATCH, "the file " + target
                    + " does not read back as written; it was not kept");
        }
    }
}
