package io.runledger.bootstrap;

import io.runledger.storage.api.Redaction;
import io.runledger.storage.api.StoreSpec;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The resolved configuration, each value with where it came from. {@code location} is an absolute
 * path for file backends and a JDBC URL for server backends; {@code options} are the selected
 * backend's options from the config file.
 */
public record RunledgerConfig(Setting backend, Setting location, Setting dataDir, Map<String, String> options,
                              Optional<Path> configFile) {
    /** The option every adapter receives: the binary's version, recorded when it migrates a store. */
    public static final String APP_VERSION_OPTION = StoreSpec.APP_VERSION;

    public RunledgerConfig {
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(dataDir, "dataDir");
        options = Map.copyOf(options);
        Objects.requireNonNull(configFile, "configFile");
    }

    /** What the adapter is given: the location and options, plus this binary's version. */
    public StoreSpec spec() {
        Map<String, String> withVersion = new HashMap<>(options);
        withVersion.put(APP_VERSION_OPTION, AppVersion.current());
        return new StoreSpec(location.value(), withVersion);
    }

    /** The location safe to print or log (passwords hidden). */
    public String displayLocation() {
        return Redaction.hideSecrets(location.value());
    }
}
