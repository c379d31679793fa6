package io.runledger.cli.recorder;

import picocli.CommandLine.Command;

/** {@code runledger step}: record the steps of a run, without a server. */
@Command(name = "step",
        mixinStandardHelpOptions = true,
        synopsisSubcommandLabel = "COMMAND",
        description = {
            "Record the steps of a run without a server: pending -> running -> succeeded | failed, "
                    + "pending -> skipped; the same validation, reason codes and exit codes as the HTTP API.",
            "Text output by default; --json prints the step as the HTTP API returns it (one object, or one "
                    + "object per line for lists)."})
public final class StepCommand {
}
