package io.runledger.cli;

import io.runledger.bootstrap.LedgerRuntime;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code runledger db backup FILE}: a verified backup of the store, taken while it stays online. */
@Command(name = "backup",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Write a verified backup of the configured store to FILE. SQLite: a consistent snapshot with "
                    + "VACUUM INTO (never a raw copy of a WAL database), integrity-checked, and its content hash "
                    + "compared with the store's; the file can be used as a store as it is. JSON and PostgreSQL: "
                    + "an export (docs/FORMAT.md), read back and verified (a store below the head is exported as its "
                    + "pending migrations will leave it, unchanged); restore it with `store import`.",
            "FILE is never overwritten (exit 8, backup_target_exists) and appears only once verified. "
                    + "Exit 3 for a missing store; 7 (state_migration_hash_mismatch) when the copy does not "
                    + "match (e.g. written meanwhile: drain writers and retry)."})
final class DbBackupCommand implements Callable<Integer> {
    private final CommandContext context;

    @Parameters(index = "0", paramLabel = "FILE", description = "Where to write the backup (must not exist).")
    private Path file;

    DbBackupCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try (LedgerRuntime runtime = context.openRuntime()) {
            Path target = context.resolve(file);
            String how = runtime.storeBackup().take(target);
            context.console().line("Backed up the " + runtime.config().backend().value() + " store at "
                    + runtime.config().displayLocation() + " to " + target + ": " + how + ".");
        }
        return 0;
    }
}
