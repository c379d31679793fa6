package io.runledger.cli;

import io.runledger.bootstrap.LedgerRuntime;
import io.runledger.domain.transfer.RestoreOutcome;
import io.runledger.domain.transfer.StoreRestore;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code runledger db restore FROM [--replace]}: the store from an export file or a native backup, verified. */
@Command(name = "restore",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Restore the configured store from FROM: an export file (docs/FORMAT.md, gzip or not; it restores into "
                    + "any backend) or what `db backup` wrote for this backend (SQLite: a native snapshot, which "
                    + "restores into SQLite; JSON and PostgreSQL: an export).",
            "FROM is verified in full before the store is touched: an export is read to its end and its trailer's "
                    + "counts and content hash checked (exit 9, import_format_invalid, naming the line; exit 7, "
                    + "state_migration_hash_mismatch); a native backup is integrity-checked on a copy beside it, "
                    + "read in full and its content hash compared with the one recorded in it when it was written "
                    + "(exit 6, integrity_check_failed; a backup written before backups recorded one is restored "
                    + "with \"hash not recorded\"). A missing FROM is exit 8 (state_migration_source_missing).",
            "A missing or empty store is restored into (a missing one is created at the head schema). A store that "
                    + "holds anything is refused (exit 8, state_migration_target_exists, nothing changed) unless "
                    + "--replace is given: then it is first backed up, verified, beside itself (in the working "
                    + "directory for PostgreSQL) as <store>.before-restore-<UTC time><suffix>, whose name is printed, "
                    + "so the restore can be undone by restoring that file with --replace.",
            "The content goes in as one unit (one transaction; for JSON one new snapshot), so a failed or killed "
                    + "restore leaves the old content or the new, never a mix; afterwards the store's content hash "
                    + "must equal FROM's (exit 7 otherwise). Drain writers first: see docs/RUNBOOK.md."})
final class DbRestoreCommand implements Callable<Integer> {
    private final CommandContext context;

    @Parameters(index = "0", paramLabel = "FROM", description = "The export file or backup to restore from.")
    private Path from;

    @Option(names = "--replace", description = "Replace a store that holds content, after a verified backup of it.")
    private boolean replace;

    DbRestoreCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Path source = context.resolve(from);
        try (LedgerRuntime runtime = context.openRuntime()) {
            StoreRestore restore = new StoreRestore(runtime.admin(), runtime::store, runtime::storeForWriting,
                    runtime.storeBackup(), context.resolve(Path.of("")));
            RestoreOutcome outcome = restore.restore(source, replace);
            Console console = context.console();
            outcome.undo().ifPresent(undo -> console.line("The store as it was is kept in " + undo + " (verified; "
                    + "`runledger db restore " + undo + " --replace` brings it back)."));
            console.line("Restored " + outcome.restored().counts().describe() + " from " + source + " (" + outcome.kind()
                    + ") into the " + runtime.config().backend().value() + " store at " + runtime.config().displayLocation()
                    + "; content hash " + outcome.restored().contentHash() + (outcome.hashRecorded() ? " verified."
                    : " (hash not recorded in " + source + ", a backup written before backups recorded it: its integrity "
                    + "was checked and it was read in full)."));
        }
        return 0;
    }
}
