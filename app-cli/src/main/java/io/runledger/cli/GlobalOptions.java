package io.runledger.cli;

import io.runledger.bootstrap.ConfigFlags;
import io.runledger.bootstrap.ConfigResolver;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options that come before the command and apply to all of them. */
final class GlobalOptions {
    @Option(names = "--backend", paramLabel = "BACKEND", completionCandidates = InstalledBackends.class,
            description = "Storage backend, one of: ${COMPLETION-CANDIDATES} (default " + ConfigResolver.DEFAULT_BACKEND
                    + "). Overrides RUNLEDGER_BACKEND (alias STATE_BACKEND) and the config file key backend.")
    private String backend;

    @Option(names = "--state", paramLabel = "LOCATION",
            description = "Where the store is: a file path for a file backend (default: the backend's file in the data "
                    + "directory), a JDBC URL for postgres. Overrides RUNLEDGER_STATE and the config file key state.")
    private String state;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Config file in Java properties format (UTF-8, key=value); every key it accepts, with its "
                    + "allowed values and default, is listed under 'Config file keys' below. An unknown key is config_invalid.")
    private Path configFile;

    @Option(names = "--verbose", description = "Log what Runledger does (DEBUG) and show stack traces of internal errors.")
    private boolean verbose;

    ConfigFlags flags() {
        return new ConfigFlags(Optional.ofNullable(backend), Optional.ofNullable(state), Optional.ofNullable(configFile));
    }

    boolean verbose() {
        return verbose;
    }
}
