package io.runledger.bootstrap;

/** Where a configuration value came from, in order of precedence (first wins). */
public enum ConfigSource {
    FLAG("command-line flag"),
    ENVIRONMENT("environment"),
    CONFIG_FILE("config file"),
    DEFAULT("default");

    private final String label;

    ConfigSource(String label) {
        this.label = label;
    }

    /** How the source reads in diagnostics, e.g. {@code environment}. */
    public String label() {
        return label;
    }
}
