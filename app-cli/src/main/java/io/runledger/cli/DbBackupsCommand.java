package io.runledger.cli;

import io.runledger.bootstrap.BackupSettings;
import io.runledger.bootstrap.LedgerRuntime;
import io.runledger.cli.json.BackupView;
import io.runledger.cli.json.JsonOutput;
import io.runledger.domain.transfer.BackupShelf;
import io.runledger.domain.transfer.ShelvedBackup;
import io.runledger.storage.api.Plural;
import io.runledger.storage.api.ReasonCode;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code runledger db backups [--json]}: the rotated backups of the store, each verified again. */
@Command(name = "backups",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "List the timestamped backups `db backup` wrote into backup.dir for the configured store, newest first: "
                    + "file, size, schema version, content hash, and whether it still verifies.",
            "Every backup is verified again in full, as `db restore` would: an export is read to its end and "
                    + "checked against its trailer, a native SQLite backup is copied beside itself, integrity-checked, "
                    + "read, and its content hash compared with the one recorded in it when it was written (a backup "
                    + "written before backups recorded one says \"hash not recorded\"). That takes about as long as `store hash` on a store of that size, per backup (plus "
                    + "the copy for SQLite), growing linearly with size: on two cores about 10 s for an export and 15 s "
                    + "for a SQLite backup of 200,000 audit events (39 MB), so minutes for a few GB.",
            "Exit 0 when every backup verifies (or there is none); exit 6 (integrity_check_failed) when one does not. "
                    + "Changes nothing and creates nothing."})
final class DbBackupsCommand implements Callable<Integer> {
    private final CommandContext context;

    @Option(names = "--json", description = "One JSON object: {\"directory\", \"backups\": [{\"file\", \"size_bytes\", "
            + "\"schema_version\", \"content_hash\", \"hash_recorded\", \"verified\", \"reason\", \"problem\"}]}.")
    private boolean json;

    DbBackupsCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try (LedgerRuntime runtime = context.openRuntime()) {
            BackupSettings settings = BackupSettings.resolve(runtime.config(), runtime.provider(), context.resolve(Path.of("")));
            BackupShelf shelf = runtime.storeBackup().shelf(settings.directory());
            List<ShelvedBackup> backups = shelf.inspect(runtime.admin(), runtime.admin().status().schemaHead());
            Console console = context.console();
            if (json) {
                console.line(JsonOutput.write(BackupView.of(shelf.directory(), backups)));
            } else {
                console.line(Plural.of(backups.size(), "backup") + " in " + shelf.directory() + (backups.isEmpty() ? "." : ":"));
                backups.forEach(backup -> console.line(line(backup)));
            }
            long damaged = backups.stream().filter(backup -> !backup.verifies()).count();
            if (damaged == 0) {
                return 0;
            }
            console.diagnostic(Failures.line("db backups: " + damaged + " of " + Plural.of(backups.size(), "backup") + " in "
                    + shelf.directory() + (damaged == 1 ? " does" : " do") + " not verify; do not restore from them",
                    ReasonCode.INTEGRITY_CHECK_FAILED));
            return Failures.exitCode(ReasonCode.INTEGRITY_CHECK_FAILED);
        }
    }

    private static String line(ShelvedBackup backup) {
        String state = backup.problem().map(problem -> "DAMAGED (" + problem.reason().code() + "): "
                + problem.getMessage()).orElse(backup.hashRecorded() ? "verified"
                : "verified, hash not recorded (written before backups recorded it: integrity checked and read in full)");
        return backup.file().getFileName() + "  " + backup.sizeBytes() + " bytes  schema "
                + (backup.schemaVersion().isPresent() ? String.valueOf(backup.schemaVersion().getAsInt()) : "?") + "  "
                + backup.contentHash().orElse("-") + "  " + state;
    }
}
