package io.runledger.cli;

import io.runledger.bootstrap.BackupSettings;
import io.runledger.bootstrap.LedgerRuntime;
import io.runledger.domain.transfer.RotatedBackup;
import io.runledger.domain.transfer.StoreBackup;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code runledger db backup [FILE]}: a verified backup of the store, taken while it stays online; without
 * FILE a timestamped one into {@code backup.dir}, keeping the newest {@code backup.keep}.
 */
@Command(name = "backup",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Write a verified backup of the configured store to FILE. SQLite: a consistent snapshot with "
                    + "VACUUM INTO (never a raw copy of a WAL database), integrity-checked, and its content hash "
                    + "compared with the store's and recorded inside it (meta table), so that `db backups` and "
                    + "`db restore` notice a later change; the file can be used as a store as it is. JSON and PostgreSQL: "
                    + "an export (docs/FORMAT.md), read back and verified (a store below the head is exported as its "
                    + "pending migrations will leave it, unchanged); restore it with `store import`.",
            "FILE is never overwritten (exit 8, backup_target_exists) and appears only once verified. "
                    + "Exit 3 for a missing store; 7 (state_migration_hash_mismatch) when the copy does not "
                    + "match (e.g. written meanwhile: drain writers and retry).",
            "Without FILE: a backup named <store>.backup-<UTC time>Z<suffix> into the config file's backup.dir "
                    + "(default: backups/ beside the store file; runledger-backups/ in the working directory for "
                    + "PostgreSQL), then this store's backups there beyond the newest backup.keep (default 7) are "
                    + "removed, never the new one and never a file not named so. A failed backup removes nothing. "
                    + "`db backups` lists them; `db restore FILE` restores one."})
final class DbBackupCommand implements Callable<Integer> {
    private final CommandContext context;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "Where to write the backup (must not exist); without it, into backup.dir with rotation.")
    private Path file;

    DbBackupCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try (LedgerRuntime runtime = context.openRuntime()) {
            if (file == null) {
                return rotated(runtime);
            }
            Path target = context.resolve(file);
            String how = runtime.storeBackup().take(target);
            context.console().line("Backed up the " + runtime.config().backend().value() + " store at "
                    + runtime.config().displayLocation() + " to " + target + ": " + how + ".");
        }
        return 0;
    }

    private int rotated(LedgerRuntime runtime) {
        BackupSettings settings = BackupSettings.resolve(runtime.config(), runtime.provider(), context.resolve(Path.of("")));
        StoreBackup backups = runtime.storeBackup();
        RotatedBackup done = backups.takeOnto(backups.shelf(settings.directory()), settings.keep());
        Console console = context.console();
        console.line("Backed up the " + runtime.config().backend().value() + " store at "
                + runtime.config().displayLocation() + " to " + done.file() + ": " + done.how() + ".");
        done.removed().forEach(old -> console.line("Removed the older backup " + old + " (keeping the newest "
                + settings.keep() + ")."));
        return 0;
    }
}
