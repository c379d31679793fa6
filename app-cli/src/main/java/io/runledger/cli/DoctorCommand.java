package io.runledger.cli;

import io.runledger.bootstrap.AuditSettings;
import io.runledger.bootstrap.LedgerRuntime;
import io.runledger.bootstrap.RunledgerConfig;
import io.runledger.cli.json.DoctorView;
import io.runledger.cli.json.JsonOutput;
import io.runledger.domain.DoctorReport;
import io.runledger.storage.api.Check;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.Redaction;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code runledger doctor}: diagnoses the configured store without changing it. */
@Command(name = "doctor",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Diagnose the configured store: where the configuration came from, whether the store exists, "
                    + "its schema against this binary's head, and the backend's own checks (integrity, "
                    + "journal mode, foreign keys, and schema_drift: the live schema against what its "
                    + "version should have), and audit_chain: the audit log's hash chain verified for at most the time "
                    + "budget (--chain-budget-ms, config key audit.verify_budget_ms, default 2000), saying how far it "
                    + "got, e.g. `verified 1..5000 of 5000 in 0.02 s`; `runledger audit verify` checks all of it. "
                    + "Read-only: never creates or changes anything.",
            "Exit code 0 when everything is ok; otherwise the exit code of the first problem's reason, "
                    + "e.g. 3 when the store is not initialized yet, 4 when its schema is newer or older "
                    + "than this binary's, 6 when it is damaged or its schema drifted, 7 when the audit chain is broken "
                    + "(audit_chain_broken)."})
final class DoctorCommand implements Callable<Integer> {
    private final CommandContext context;

    @Option(names = "--json", description = "Print one JSON object: ok, store_backend, persistence_mode, "
            + "initialized, schema_version, schema_head, checks (list of {name, ok, detail}), and reason "
            + "when not ok.")
    private boolean json;

    @Option(names = "--chain-budget-ms", paramLabel = "MS", description = "How long the audit chain check may read, "
            + "in milliseconds (0 to 3600000; 0 still reads one page of 1000 events); default: the config key "
            + "audit.verify_budget_ms, else 2000.")
    private Long chainBudgetMs;

    DoctorCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try (LedgerRuntime runtime = context.openRuntime()) {
            Duration budget = chainBudgetMs == null ? AuditSettings.resolve(runtime.config()).verifyBudget()
                    : Duration.ofMillis(AuditSettings.VERIFY_BUDGET_MS.parse("--chain-budget-ms", chainBudgetMs.toString()));
            DoctorReport report = runtime.doctor().examine(runtime.admin(), runtime.chainCheck(budget));
            if (json) {
                context.console().line(JsonOutput.write(DoctorView.of(report)));
            } else {
                printText(runtime.config(), report);
            }
            if (report.reason().isEmpty()) {
                return 0;
            }
            ReasonCode reason = report.reason().get();
            context.console().diagnostic(Failures.line(problem(runtime.config(), report), reason));
            return Failures.exitCode(reason);
        }
    }

    private static String problem(RunledgerConfig config, DoctorReport report) {
        if (!report.initialized() && report.reason().equals(Optional.of(ReasonCode.STORE_NOT_INITIALIZED))) {
            return "the " + config.backend().value() + " store at " + config.displayLocation()
                    + " is not initialized yet; run `runledger db migrate` to create it";
        }
        return report.checks().stream().filter(check -> !check.ok()).findFirst()
                .map(check -> "doctor: " + check.name() + " check failed: " + check.detail())
                .orElse("doctor: the store is not ok");
    }

    private void printText(RunledgerConfig config, DoctorReport report) {
        Console console = context.console();
        console.line("Runledger doctor");
        console.line(String.format("  backend           %s (%s)", config.backend().value(), config.backend().provenance()));
        console.line(String.format("  location          %s (%s)", config.displayLocation(), config.location().provenance()));
        if (config.configFile().isPresent()) {
            console.line(String.format("  config file       %s", config.configFile().get()));
        }
        console.line(String.format("  persistence_mode  %s", report.persistenceMode()));
        console.line(String.format("  initialized       %s", report.initialized() ? "yes" : "no (not initialized yet)"));
        console.line(String.format("  schema            version %d, head %d", report.schemaVersion(), report.schemaHead()));
        for (Check check : report.checks()) {
            console.line(String.format("  [%-4s] %s: %s", check.ok() ? "ok" : "FAIL", check.name(),
                    Redaction.hideSecrets(check.detail())));
        }
        console.line(report.reason().map(reason -> "Result: not ok (reason: " + reason.code() + ")").orElse("Result: ok"));
    }
}
