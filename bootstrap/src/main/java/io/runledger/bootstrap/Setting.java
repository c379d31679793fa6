package io.runledger.bootstrap;

import java.util.Objects;

/**
 * One resolved configuration value and where it came from: {@code origin} names the flag,
 * environment variable, file key or default, e.g. {@code RUNLEDGER_BACKEND} or {@code --state}.
 */
public record Setting(String value, ConfigSource source, String origin) {
    public Setting {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(origin, "origin");
    }

    /** Where the value came from, for {@code doctor} and {@code --verbose}, e.g. {@code environment RUNLEDGER_STATE}. */
    public String provenance() {
        return source == ConfigSource.DEFAULT ? source.label() : source.label() + " " + origin;
    }
}
