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
            "Read-only: never creates or changes anything. Exit code 0 when every check passes; 6 "
                    + "(integrity_check_failed) when one fails; 3 (store_not_initialized) for a missing store; "
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
            console.diagnostic(Failures.line("db check: " + failed.size() + " of " + checks.size() + " checks of "
                    + runtime.config().displayLocation() + " failed, first " + failed.get(0).name() + ": "
                    + failed.get(0).detail() + "; restore a backup (see docs/RUNBOOK.md)", ReasonCode.INTEGRITY_CHECK_FAILED));
            return Failures.exitCode(ReasonCode.INTEGRITY_CHECK_FAILED);
        }
    }
}
