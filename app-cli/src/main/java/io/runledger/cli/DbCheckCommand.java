package io.runledger.cli;

import io.runledger.bootstrap.LedgerRuntime;
import io.runledger.storage.api.Check;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.Redaction;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code runledger db check}: the store's own integrity and settings checks, on demand; read-only. */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Run the store's checks now and print each: on SQLite integrity_check, foreign_key_check and "
                    + "the connection settings (the same checks the migration preflight and doctor run); on "
                    + "JSON the snapshot and journal; on PostgreSQL reachability, constraints and settings.",
            "On SQLite and PostgreSQL also schema_drift: the tables, columns and their types, indexes and "
                    + "constraints against what the store's recorded schema version should have, and every applied "
                    + "migration against the file this binary ships (one line per difference); on JSON the "
                    + "snapshot's and journal's format versions.",
            "Read-only: never creates or changes anything. Exit code 0 when every check passes; 6 "
                    + "(integrity_check_failed, or schema_drift when the first failure is a schema difference) "
                    + "when one fails; 3 (store_not_initialized) for a missing store; "
                    + "4 (schema_newer_than_binary) for a store newer than this binary."})
final class DbCheckCommand implements Callable<Integer> {
    private final CommandContext context;

    DbCheckCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try (LedgerRuntime runtime = context.openRuntime()) {
            List<Check> checks = runtime.admin().check();
            Console console = context.console();
            for (Check check : checks) {
                console.line(String.format("[%-4s] %s: %s", check.ok() ? "ok" : "FAIL", check.name(),
                        Redaction.hideSecrets(check.detail())));
            }
            List<Check> failed = checks.stream().filter(check -> !check.ok()).toList();
            if (failed.isEmpty()) {
                console.line("All " + checks.size() + " checks of the " + runtime.config().backend().value()
                        + " store at " + runtime.config().displayLocation() + " passed.");
                return 0;
            }
            // A check that names its reason (schema drift) says why; any other failure is damage found by a check.
            ReasonCode reason = failed.get(0).failure().orElse(ReasonCode.INTEGRITY_CHECK_FAILED);
            console.diagnostic(Failures.line("db check: " + failed.size() + " of " + checks.size() + " checks of "
                    + runtime.config().displayLocation() + " failed, first " + failed.get(0).name() + ": "
                    + failed.get(0).detail() + "; restore a backup (see docs/RUNBOOK.md)", reason));
            return Failures.exitCode(reason);
        }
    }
}
