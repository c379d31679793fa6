package io.runledger.cli;

import io.runledger.bootstrap.LedgerRuntime;
import io.runledger.cli.audit.AppendSummary;
import io.runledger.cli.audit.AuditAppender;
import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.Plural;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code runledger audit append}: appends audit events read as JSON Lines from standard input. */
@Command(name = "append",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Append audit events read from standard input, one JSON object per line (blank lines are "
                    + "ignored): level (debug|info|warn|error), scope, event, message are required; "
                    + "event_id, ts (2026-11-21T10:00:00.123456Z), run_id and data (an object) are optional.",
            "Events are written in batches: a batch is stored when it reaches --batch events or when no "
                    + "more input is immediately available, so a slow pipeline is never held back.",
            "A bad line stops the command: the events before it are stored, then one error line names "
                    + "the line (exit 12). Creates a missing store at the head schema."})
final class AuditAppendCommand implements Callable<Integer> {
    private final CommandContext context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--print-ids", description = "Print each event_id on its own line once its batch is durable.")
    private boolean printIds;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "500",
            description = "Most events per batch (default: ${DEFAULT-VALUE}).")
    private int batch;

    AuditAppendCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (batch < 1) {
            throw new ParameterException(spec.commandLine(), "--batch must be at least 1 (got " + batch + ")");
        }
        Console console = context.console();
        try (LedgerRuntime runtime = context.openRuntime()) {
            runtime.storeForWriting();
            AuditAppender appender = new AuditAppender(runtime.auditTrail(), batch, this::durable);
            AppendSummary summary = appender.appendFrom(console.in());
            if (!printIds) {
                console.diagnostic("Appended " + Plural.of(summary.events(), "audit event") + " in "
                        + Plural.of(summary.batches(), "batch", "batches") + " to the " + runtime.config().backend().value()
                        + " store at " + runtime.config().displayLocation() + ".");
            }
        }
        return 0;
    }

    private void durable(List<AuditEvent> events) {
        if (printIds) {
            events.forEach(event -> context.console().line(event.eventId().value()));
            context.console().flush();
        }
    }
}
