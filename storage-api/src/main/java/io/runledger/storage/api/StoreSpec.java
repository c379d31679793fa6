package io.runledger.storage.api;

import java.util.Map;
import java.util.Objects;

/**
 * Where a store is and how to open it: {@code location} is a file path for file backends and a JDBC
 * URL for server backends; {@code options} are backend settings from configuration.
 */
public record StoreSpec(String location, Map<String, String> options) {
    /** The option bootstrap passes to every backend: the binary's version, recorded when it migrates a store. */
    public static final String APP_VERSION = "app_version";

    public StoreSpec {
        Texts.requireText("location", location);
        options = Map.copyOf(Objects.requireNonNull(options, "options"));
    }

    public static StoreSpec at(String location) {
        return new StoreSpec(location, Map.of());
    }

    /** The options read with their types, for the backend {@code backend} (named in every refusal). */
    public StoreOptions optionsOf(String backend) {
        return new StoreOptions(backend, options);
    }
}
