package io.runledger.domain.transfer;

import io.runledger.storage.api.MigrationReport;
import io.runledger.storage.api.StoreAdmin;
import io.runledger.storage.api.StoreStatus;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Brings a store to this binary's schema head, the one way every path that migrates shares ({@code db
 * migrate}, {@code serve}'s start-up, a write command on a missing store): a store newer than the
 * binary or too old to upgrade is refused; when a backup is asked for ({@code --backup} or
 * {@code migrate.backup=true}) and migrations are pending, the verified pre-migration backup is taken
 * first; the adapter then applies under its migration lock, and repairs the records an interrupted
 * migrator left behind its schema ({@link StoreStatus#repairPending()}).
 */
public final class SchemaUpgrade {
    private final StoreAdmin admin;
    private final StoreBackup backups;
    private final Optional<Path> backupFirst;

    /**
     * Upgrades of the store behind {@code admin}; with {@code backupFirst} present, a migration that has
     * something to apply is preceded by {@link StoreBackup#beforeMigrating} (server stores' backups go
     * into that directory).
     */
    public SchemaUpgrade(StoreAdmin admin, StoreBackup backups, Optional<Path> backupFirst) {
        this.admin = admin;
        this.backups = backups;
        this.backupFirst = backupFirst;
    }

    /** What a migration did, and the sentence describing the backup taken before it, if one was. */
    public record Outcome(MigrationReport report, Optional<String> backup) {
        /** True when nothing was applied: the store was at the head (its records may have been repaired). */
        public boolean nothingApplied() {
            return report.applied().isEmpty();
        }
    }

    /** Migrates (or, for a dry run, says what it would do, changing nothing) as described above. */
    public Outcome migrate(boolean dryRun) {
        StoreStatus status = admin.status();
        status.requireNotNewer();
        Optional<String> backup = Optional.empty();
        if (backupFirst.isPresent() && !dryRun && status.initialized() && !status.pending().isEmpty()) {
            backup = Optional.of(backups.beforeMigrating(status, backupFirst.get()));
        }
        return new Outcome(admin.migrate(dryRun), backup);
    }

    /**
     * Makes the store ready for a write command: a missing store is created at the head, records left
     * behind by an interrupted migrator are repaired; any other store must already be at the head (a
     * pending migration is {@code db migrate}'s or {@code serve}'s to apply, with its backup).
     */
    public void readyForWriting() {
        StoreStatus status = admin.status();
        if (!status.initialized()) {
            admin.migrate(false);
            return;
        }
        status.requireAtHead();
        if (status.repairPending()) {
            admin.migrate(false);
        }
    }
}
