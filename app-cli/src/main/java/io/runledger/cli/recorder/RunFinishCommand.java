package io.runledger.cli.recorder;

import io.runledger.bootstrap.LedgerRuntime;
import io.runledger.domain.WireNames;
import io.runledger.storage.api.RunId;
import io.runledger.storage.api.RunStatus;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code runledger run finish}: moves a running run to its final status. */
@Command(name = "finish",
        mixinStandardHelpOptions = true,
        description = {
            "Move a running run to succeeded, failed or cancelled and set its finished_at; print the run "
                    + "as one line (RUN_ID STATUS CREATED_AT FINISHED_AT LABELS), or one JSON object with --json.",
            "Like PATCH /v1/runs/{run_id}, not idempotent: finishing a finished run is "
                    + "invalid_status_transition (exit 14); an unknown run is run_not_found (exit 13); a missing "
                    + "store is store_not_initialized (exit 3) and is not created."})
public final class RunFinishCommand implements Callable<Integer> {
    private final RecorderContext context;

    @Parameters(index = "0", paramLabel = "RUN_ID", description = "The run to finish.")
    private String runId;

    @Option(names = "--status", required = true, paramLabel = "STATUS",
            description = "succeeded, failed or cancelled.")
    private String status;

    @Option(names = "--json", description = "Print the run as one JSON object.")
    private boolean json;

    public RunFinishCommand(RecorderContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        RunId run = new RunId(runId);
        RunStatus to = WireNames.runStatus(status);
        try (LedgerRuntime runtime = context.openRuntime()) {
            runtime.store();
            new RecordOutput(context, json).run(runtime.runRecorder().finish(run, to));
        }
        return 0;
    }
}
