package io.runledger.cli.recorder;

import io.runledger.bootstrap.LedgerRuntime;
import io.runledger.domain.AuditTrail;
import io.runledger.domain.WireNames;
import io.runledger.storage.api.AuditFilter;
import io.runledger.storage.api.RunId;
import io.runledger.storage.api.Timestamps;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code runledger audit query}: audit events with the HTTP API's filters, optionally followed live. */
@Command(name = "query",
        mixinStandardHelpOptions = true,
        description = {
            "Print the audit events matching the filters (those of GET /v1/audit) in event_id order, one line "
                    + "each (TS LEVEL SCOPE EVENT MESSAGE [run=RUN_ID] [DATA]), or with --json one JSON object "
                    + "per line (JSON Lines; each line is also an input line of 'audit append').",
            "With --follow, keep printing new events as they are committed, by this or any other process, "
                    + "until --limit events were printed, standard output is closed, or SIGINT/SIGTERM. Events "
                    + "that commit after a later event_id are still shown if their ts lies within 10 s of the "
                    + "newest shown. On the JSON backend the store is opened for each poll only, so writers "
                    + "are not locked out.",
            "Read-only: a missing store is store_not_initialized (exit 3) and is not created."})
public final class AuditQueryCommand implements Callable<Integer> {
    private final RecorderContext context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--run-id", paramLabel = "RUN_ID", description = "Only events of this run.")
    private String runId;

    @Option(names = "--level", paramLabel = "LEVEL", description = "Only events of this level: debug, info, warn, error.")
    private String level;

    @Option(names = "--scope", paramLabel = "SCOPE", description = "Only events with exactly this scope.")
    private String scope;

    @Option(names = "--event", paramLabel = "EVENT", description = "Only events with exactly this event name.")
    private String event;

    @Option(names = "--text", paramLabel = "TEXT", description = "Only events whose message contains TEXT "
            + "(case-sensitive; no wildcards).")
    private String text;

    @Option(names = "--since", paramLabel = "TS", description = "Only events with ts at or after TS (2026-11-21T10:00:00.123456Z).")
    private String since;

    @Option(names = "--until", paramLabel = "TS", description = "Only events with ts before TS.")
    private String until;

    @Option(names = "--limit", paramLabel = "N", description = "Print at most N events, then end (also with --follow).")
    private Integer limit;

    @Option(names = "--follow", description = "Keep printing new events as they are committed.")
    private boolean follow;

    @Option(names = "--poll-ms", paramLabel = "MS", defaultValue = "1000",
            description = "With --follow: how often to look for new events, 10-60000 ms (default: ${DEFAULT-VALUE}).")
    private int pollMs;

    @Option(names = "--json", description = "One JSON object per line, as GET /v1/audit returns each item.")
    private boolean json;

    public AuditQueryCommand(RecorderContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Optional<Integer> most = Listing.limit(spec, limit);
        if (pollMs < 10 || pollMs > 60_000) {
            throw new ParameterException(spec.commandLine(), "--poll-ms must be from 10 to 60000 (got " + pollMs + ")");
        }
        AuditFilter filter = new AuditFilter(Optional.ofNullable(runId).map(RunId::new),
                Optional.ofNullable(level).map(WireNames::auditLevel), Optional.ofNullable(scope),
                Optional.ofNullable(since).map(value -> Timestamps.parse("since", value)),
                Optional.ofNullable(until).map(value -> Timestamps.parse("until", value)),
                Optional.ofNullable(event), Optional.ofNullable(text));
        RecordOutput output = new RecordOutput(context, json);
        if (follow) {
            new LiveTail(context::openRuntime, filter, Duration.ofMillis(pollMs), most, output).follow();
            return 0;
        }
        try (LedgerRuntime runtime = context.openRuntime()) {
            runtime.store();
            AuditTrail trail = runtime.auditTrail();
            Listing.print(page -> trail.find(filter, page), most, output::event, output);
        }
        return 0;
    }
}
