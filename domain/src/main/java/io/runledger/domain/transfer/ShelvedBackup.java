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
 * @param problem       why it does not verify (the reason code says how: damaged, not a backup …)
 */
public record ShelvedBackup(Path file, long sizeBytes, OptionalInt schemaVersion, Optional<String> contentHash,
                            Optional<StoreException> problem) {
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
