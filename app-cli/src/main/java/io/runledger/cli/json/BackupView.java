package io.runledger.cli.json;

import io.runledger.domain.transfer.ShelvedBackup;
import io.runledger.storage.api.Redaction;
import java.nio.file.Path;
import java.util.List;

/** {@code db backups --json}: the backup directory and each backup, newest first, as its re-verification found it. */
public record BackupView(String directory, List<Entry> backups) {
    public BackupView {
        backups = List.copyOf(backups);
    }

    public static BackupView of(Path directory, List<ShelvedBackup> backups) {
        return new BackupView(directory.toString(), backups.stream().map(Entry::of).toList());
    }

    /**
     * One backup; {@code schemaVersion}, {@code contentHash} and {@code hashRecorded} are null, and
     * {@code problem} says why, when it does not verify. {@code hashRecorded} is false for a native backup
     * written before backups recorded their content hash (verified by integrity only).
     */
    public record Entry(String file, long sizeBytes, Integer schemaVersion, String contentHash, Boolean hashRecorded,
                        boolean verified, String reason, String problem) {
        static Entry of(ShelvedBackup backup) {
            return new Entry(backup.file().toString(), backup.sizeBytes(),
                    backup.schemaVersion().isPresent() ? backup.schemaVersion().getAsInt() : null,
                    backup.contentHash().orElse(null), backup.verifies() ? backup.hashRecorded() : null, backup.verifies(),
                    backup.problem().map(problem -> problem.reason().code()).orElse(null),
                    backup.problem().map(problem -> Redaction.hideSecrets(problem.getMessage())).orElse(null));
        }
    }
}
