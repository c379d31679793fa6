package io.runledger.cli.recorder;

import io.runledger.bootstrap.LedgerRuntime;
import io.runledger.storage.api.RunId;
import io.runledger.storage.api.StepId;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code runledger step start}: adds a step to a run and marks it running. */
@Command(name = "start",
        mixinStandardHelpOptions = true,
        description = {
            "Add the step STEP_ID to the run and move it to running (started_at now); print the step id, or "
                    + "the step as one JSON object with --json.",
            "Retry-safe: starting a running step again with the same name prints it unchanged and exits 0; "
                    + "another name is duplicate_id (exit 14); a finished step is invalid_status_transition "
                    + "(exit 14); an unknown run is run_not_found (exit 13). A missing store is "
                    + "store_not_initialized (exit 3) and is not created."})
public final class StepStartCommand implements Callable<Integer> {
    private final RecorderContext context;

    @Parameters(index = "0", paramLabel = "RUN_ID", description = "The run the step belongs to.")
    private String runId;

    @Parameters(index = "1", paramLabel = "STEP_ID", description = "The step's id, unique within the run.")
    private String stepId;

    @Option(names = "--name", paramLabel = "NAME", description = "The step's name (default: STEP_ID).")
    private String name;

    @Option(names = "--json", description = "Print the step as one JSON object.")
    private boolean json;

    public StepStartCommand(RecorderContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        RunId run = new RunId(runId);
        StepId step = new StepId(stepId);
        String stepName = Optional.ofNullable(name).orElse(step.value());
        try (LedgerRuntime runtime = context.openRuntime()) {
            runtime.store();
            new RecordOutput(context, json).stepId(runtime.stepRecorder().start(run, step, stepName));
        }
        return 0;
    }
}
