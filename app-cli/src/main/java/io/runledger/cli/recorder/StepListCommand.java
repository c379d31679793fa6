package io.runledger.cli.recorder;

import io.runledger.bootstrap.LedgerRuntime;
import io.runledger.domain.StepRecorder;
import io.runledger.storage.api.RunId;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code runledger step list}: the steps of a run in step_id order. */
@Command(name = "list",
        mixinStandardHelpOptions = true,
        description = {
            "Print the steps of a run in step_id order, one line each (STEP_ID STATUS STARTED_AT FINISHED_AT "
                    + "NAME [STATS]), or with --json one JSON object per line (JSON Lines).",
            "An unknown run is run_not_found (exit 13). Read-only: a missing store is "
                    + "store_not_initialized (exit 3) and is not created."})
public final class StepListCommand implements Callable<Integer> {
    private final RecorderContext context;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN_ID", description = "The run whose steps to list.")
    private String runId;

    @Option(names = "--limit", paramLabel = "N", description = "Print at most N steps (default: all).")
    private Integer limit;

    @Option(names = "--json", description = "One JSON object per line, as GET /v1/runs/{run_id}/steps returns each item.")
    private boolean json;

    public StepListCommand(RecorderContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Optional<Integer> most = Listing.limit(spec, limit);
        RunId run = new RunId(runId);
        try (LedgerRuntime runtime = context.openRuntime()) {
            runtime.store();
            runtime.runRecorder().get(run);
            StepRecorder steps = runtime.stepRecorder();
            RecordOutput output = new RecordOutput(context, json);
            Listing.print(page -> steps.list(run, page), most, output::step, output);
        }
        return 0;
    }
}
