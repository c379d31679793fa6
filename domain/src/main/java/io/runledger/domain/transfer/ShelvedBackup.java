package io.runledger.domain.transfer;

import io.runledger.storage.api.StoreException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One backup of a {@link BackupShelf}, as its re-verification found it.
 *
 * @param file          the backup
 * @param sizeBytes     its size on disk
 * @param schemaVersion the schema version it was taken at, when it verifies
 * @param contentHash   its content hash, when it verifies
 * @param hashRecorded  whether it verified against a content hash recorded in it (an export's trailer, a
 *                      native backup's own record); false for a native backup written before backups
 *                      recorded one, which verified by integrity only, and for one that does not verify
 * @param problem       why it does not verify (the reason code says how: damaged, not a backup …)
 */
public record ShelvedBackup(Path file, long sizeBytes, OptionalInt schemaVersion, Optional<String> contentHash,
                            boolean hashRecorded, Optional<StoreException> problem) {
    public ShelvedBackup {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(schemaVersion, "schemaVersion");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(problem, "problem");
    }

    /** Whether it still verifies: it would restore. */
    public boolean verifies() {
        return problem.isEmpty();
    }
}
