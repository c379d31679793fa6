package io.runledger.cli.recorder;

import picocli.CommandLine.Command;

/** {@code runledger run}: record runs from a shell or CI job, without a server. */
@Command(name = "run",
        mixinStandardHelpOptions = true,
        synopsisSubcommandLabel = "COMMAND",
        description = {
            "Record runs without a server: the same validation, retry rule, reason codes and exit codes as "
                    + "the HTTP API (docs/HTTP.md), on every backend.",
            "Text output by default; --json prints the record as the HTTP API returns it (one object, or "
                    + "one object per line for lists)."})
public final class RunCommand {
}
