package io.runledger.cli.recorder;

import io.runledger.bootstrap.LedgerRuntime;
import io.runledger.domain.WireNames;
import io.runledger.storage.api.CanonicalJson;
import io.runledger.storage.api.RunId;
import io.runledger.storage.api.StepId;
import io.runledger.storage.api.StepStatus;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code runledger step finish}: moves a step to its final status, optionally with stats. */
@Command(name = "finish",
        mixinStandardHelpOptions = true,
        description = {
            "Move a step to succeeded or failed (from running) or skipped (from pending), set finished_at, "
                    + "and replace its stats when --stats-json is given; print the step as one line "
                    + "(STEP_ID STATUS STARTED_AT FINISHED_AT NAME [STATS]), or one JSON object with --json.",
            "Like PATCH /v1/runs/{run_id}/steps/{step_id}: a transition the status machine does not allow "
                    + "(finishing twice included) is invalid_status_transition (exit 14); an unknown run or step "
                    + "is run_not_found or step_not_found (exit 13). A missing store is store_not_initialized "
                    + "(exit 3) and is not created."})
public final class StepFinishCommand implements Callable<Integer> {
    private final RecorderContext context;

    @Parameters(index = "0", paramLabel = "RUN_ID", description = "The run the step belongs to.")
    private String runId;

    @Parameters(index = "1", paramLabel = "STEP_ID", description = "The step to finish.")
    private String stepId;

    @Option(names = "--status", required = true, paramLabel = "STATUS", description = "succeeded, failed or skipped.")
    private String status;

    @Option(names = "--stats-json", paramLabel = "JSON", description = "The step's stats as a JSON object.")
    private String statsJson;

    @Option(names = "--json", description = "Print the step as one JSON object.")
    private boolean json;

    public StepFinishCommand(RecorderContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        RunId run = new RunId(runId);
        StepId step = new StepId(stepId);
        StepStatus to = WireNames.stepStatus(status);
        Optional<CanonicalJson> stats = Inputs.object("--stats-json", "stats", Optional.ofNullable(statsJson));
        try (LedgerRuntime runtime = context.openRuntime()) {
            runtime.store();
            runtime.runRecorder().get(run);
            new RecordOutput(context, json).step(runtime.stepRecorder().transition(run, step, to, stats));
        }
        return 0;
    }
}
