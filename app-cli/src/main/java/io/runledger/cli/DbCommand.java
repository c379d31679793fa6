package io.runledger.cli;

import picocli.CommandLine.Command;

/** {@code runledger db}: schema and maintenance of the store. */
@Command(name = "db",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        synopsisSubcommandLabel = "COMMAND",
        description = "Schema migrations, status and maintenance of the configured store.")
final class DbCommand {
}
