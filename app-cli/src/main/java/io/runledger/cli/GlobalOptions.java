package io.runledger.cli;

import io.runledger.bootstrap.ConfigFlags;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options that come before the command and apply to all of them. */
final class GlobalOptions {
    @Option(names = "--backend", paramLabel = "BACKEND",
            description = "Storage backend: sqlite (default). Overrides RUNLEDGER_BACKEND (alias STATE_BACKEND) "
                    + "and the config file key backend.")
    private String backend;

    @Option(names = "--state", paramLabel = "LOCATION",
            description = "Where the store is: a file path for sqlite (default: state.sqlite in the data "
                    + "directory), a JDBC URL for postgres. Overrides RUNLEDGER_STATE and the config file key state.")
    private String state;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Config file in Java properties format (keys: backend, state, data_dir, <backend>.<option>).")
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
