package io.runledger.storage.api;

import java.util.Map;
import java.util.Objects;

/**
 * Where a store is and how to open it: {@code location} is a file path for file backends and a JDBC
 * URL for server backends; {@code options} are backend settings from configuration.
 */
public record StoreSpec(String location, Map<String, String> options) {
    public StoreSpec {
        Texts.requireText("location", location);
        options = Map.copyOf(Objects.requireNonNull(options, "options"));
    }

    public static StoreSpec at(String location) {
        return new StoreSpec(location, Map.of());
    }
}
