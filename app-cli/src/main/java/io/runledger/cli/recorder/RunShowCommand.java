package io.runledger.cli.recorder;

import io.runledger.bootstrap.LedgerRuntime;
import io.runledger.storage.api.RunId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code runledger run show}: one run with every field. */
@Command(name = "show",
        mixinStandardHelpOptions = true,
        description = {
            "Print one run, a 'name  value' line per field (run_id, status, created_at, finished_at, git_sha, "
                    + "config_hash, labels, args; '-' for none), or one JSON object with --json.",
            "An unknown run is run_not_found (exit 13). Read-only: a missing store is "
                    + "store_not_initialized (exit 3) and is not created."})
public final class RunShowCommand implements Callable<Integer> {
    private final RecorderContext context;

    @Parameters(index = "0", paramLabel = "RUN_ID", description = "The run to show.")
    private String runId;

    @Option(names = "--json", description = "Print the run as one JSON object, as GET /v1/runs/{run_id} returns it.")
    private boolean json;

    public RunShowCommand(RecorderContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        RunId run = new RunId(runId);
        try (LedgerRuntime runtime = context.openRuntime()) {
            runtime.store();
            new RecordOutput(context, json).runInFull(runtime.runRecorder().get(run));
        }
        return 0;
    }
}
