package io.runledger.cli;

import picocli.CommandLine.Command;

/** {@code runledger audit}: the append-only audit log. */
@Command(name = "audit",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        synopsisSubcommandLabel = "COMMAND",
        description = "Work with the append-only audit log.")
final class AuditCommand {
}
