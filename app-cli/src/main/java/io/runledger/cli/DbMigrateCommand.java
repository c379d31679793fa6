package io.runledger.cli;

import io.runledger.bootstrap.LedgerRuntime;
import io.runledger.storage.api.Migration;
import io.runledger.storage.api.MigrationReport;
import io.runledger.storage.api.StoreAdmin;
import java.util.List;
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
    private final CommandContext context;

    @Option(names = "--dry-run", description = "Show what would be applied; write nothing, create nothing.")
    private boolean dryRun;

    DbMigrateCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try (LedgerRuntime runtime = context.openRuntime()) {
            StoreAdmin admin = runtime.admin();
            admin.status().requireNotNewer();
            MigrationReport report = admin.migrate(dryRun);
            context.console().line(describe(report, runtime.config().backend().value() + " store at "
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
