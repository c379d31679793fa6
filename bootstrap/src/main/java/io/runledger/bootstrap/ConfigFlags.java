package io.runledger.bootstrap;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** The configuration given on the command line: the highest-precedence source. */
public record ConfigFlags(Optional<String> backend, Optional<String> state, Optional<Path> configFile) {
    public ConfigFlags {
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(configFile, "configFile");
    }

    /** No flags at all: environment, config file and defaults decide. */
    public static ConfigFlags none() {
        return new ConfigFlags(Optional.empty(), Optional.empty(), Optional.empty());
    }
}
