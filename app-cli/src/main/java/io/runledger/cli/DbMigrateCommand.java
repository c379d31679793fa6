package io.runledger.cli;

import io.runledger.bootstrap.LedgerRuntime;
import io.runledger.domain.transfer.SchemaUpgrade;
import io.runledger.storage.api.Migration;
import io.runledger.storage.api.MigrationReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code runledger db migrate}: brings the store to this binary's schema head, creating it if missing. */
@Command(name = "migrate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Bring the store to this binary's schema head, applying pending migrations in order under a "
                    + "single-writer lock. A missing store is created (parent directories included).",
            "A store whose schema is newer than this binary is refused (schema_newer_than_binary) and "
                    + "nothing is written."})
final class DbMigrateCommand implements Callable<Integer> {
    /** The backend option every adapter reads for its migration lock's bounded wait. */
    private static final String LOCK_TIMEOUT_MS = "lock_timeout_ms";

    private final CommandContext context;

    @Option(names = "--dry-run", description = "Show what would be applied; write nothing, create nothing.")
    private boolean dryRun;

    @Option(names = "--backup", description = "When migrations are pending, first back the store up (also the "
            + "config file setting migrate.backup=true): SQLite "
            + "writes <store>.backup-v<from>-<UTC time>.sqlite beside it (VACUUM INTO, integrity checked); JSON and "
            + "PostgreSQL write a verified export of the store as the migration will leave it, "
            + "<store>.backup-v<from>-<UTC time>.jsonl beside a JSON store, runledger-postgres.backup-v<from>-<UTC time>.jsonl "
            + "in the working directory for PostgreSQL (restore with `store import`).")
    private boolean backup;

    @Option(names = "--lock-timeout", paramLabel = "MS", description = "How long to wait for another migrator's "
            + "lock before giving up with store_locked (exit 5); overrides the backend option lock_timeout_ms "
            + "(default 10000).")
    private Long lockTimeoutMs;

    DbMigrateCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Map<String, String> options = lockTimeoutMs == null ? Map.of() : Map.of(LOCK_TIMEOUT_MS, lockTimeoutMs.toString());
        try (LedgerRuntime runtime = context.openRuntime(options)) {
            SchemaUpgrade.Outcome outcome = runtime.schemaUpgrade(backup, context.resolve(Path.of(""))).migrate(dryRun);
            outcome.backup().ifPresent(context.console()::line);
            context.console().line(describe(outcome.report(), runtime.config().backend().value() + " store at "
                    + runtime.config().displayLocation()));
        }
        return 0;
    }

    private static String describe(MigrationReport report, String store) {
        if (report.applied().isEmpty()) {
            return "The " + store + " is at schema version " + report.toVersion() + " (head); nothing to do.";
        }
        String steps = describe(report.applied());
        if (report.dryRun()) {
            return "Dry run: the " + store + " would go from schema version " + report.fromVersion() + " to "
                    + report.toVersion() + " by applying " + steps + ". Nothing was written.";
        }
        return "Migrated the " + store + " from schema version " + report.fromVersion() + " to "
                + report.toVersion() + ": applied " + steps + ".";
    }

    private static String describe(List<Migration> migrations) {
        return migrations.stream().map(m -> m.version() + " " + m.description()).collect(Collectors.joining(", "));
    }
}
