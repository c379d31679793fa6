package io.runledger.cli.recorder;

import io.runledger.bootstrap.LedgerRuntime;
import io.runledger.domain.RunRecorder;
import io.runledger.domain.WireNames;
import io.runledger.storage.api.RunFilter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code runledger run list}: runs in run_id order, with the HTTP API's filters. */
@Command(name = "list",
        mixinStandardHelpOptions = true,
        description = {
            "Print the runs in run_id order, one line each (RUN_ID STATUS CREATED_AT FINISHED_AT LABELS), "
                    + "or with --json one JSON object per line (JSON Lines). The filters are those of "
                    + "GET /v1/runs; every matching run is printed unless --limit is given.",
            "Read-only: a missing store is store_not_initialized (exit 3) and is not created."})
public final class RunListCommand implements Callable<Integer> {
    private final RecorderContext context;

    @Spec
    private CommandSpec spec;

    @Option(names = "--status", paramLabel = "STATUS", description = "Only runs in this status: running, succeeded, failed, cancelled.")
    private String status;

    @Option(names = "--label", paramLabel = "NAME=VALUE", description = "Only runs with this label.")
    private String label;

    @Option(names = "--limit", paramLabel = "N", description = "Print at most N runs (default: all).")
    private Integer limit;

    @Option(names = "--json", description = "One JSON object per line, as GET /v1/runs returns each item.")
    private boolean json;

    public RunListCommand(RecorderContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Optional<Integer> most = Listing.limit(spec, limit);
        RunFilter filter = new RunFilter(Optional.ofNullable(status).map(WireNames::runStatus),
                Optional.ofNullable(label).map(WireNames::label));
        try (LedgerRuntime runtime = context.openRuntime()) {
            runtime.store();
            RunRecorder runs = runtime.runRecorder();
            RecordOutput output = new RecordOutput(context, json);
            Listing.print(page -> runs.list(filter, page), most, output::run, output);
        }
        return 0;
    }
}
