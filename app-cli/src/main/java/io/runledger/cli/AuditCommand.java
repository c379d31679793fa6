package io.runledger.cli;

import io.runledger.cli.recorder.AuditQueryCommand;
import picocli.CommandLine.Command;

/** {@code runledger audit}: the append-only audit log. */
@Command(name = "audit",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        synopsisSubcommandLabel = "COMMAND",
        description = "Work with the append-only audit log.",
        subcommands = {AuditAppendCommand.class, AuditQueryCommand.class, AuditPruneCommand.class, AuditVerifyCommand.class,
            AuditHeadCommand.class})
final class AuditCommand {
}
