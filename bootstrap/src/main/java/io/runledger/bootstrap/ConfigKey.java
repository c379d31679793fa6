package io.runledger.bootstrap;

import io.runledger.storage.api.ChoiceSetting;
import io.runledger.storage.api.NumberSetting;
import java.util.Objects;
import java.util.Optional;

/**
 * One key a config file accepts, as {@code --help} and README.md's key table show it. For a numeric
 * or choice setting, {@code allowed} and {@code fallback} are derived from its {@link NumberSetting} or
 * {@link ChoiceSetting}, the same object that parses the value, so the documented range cannot drift
 * from the checked one.
 *
 * @param name        the key, e.g. {@code http.max_body_bytes} or {@code sqlite.synchronous}
 * @param environment the environment variable that overrides it, if any
 * @param allowed     the accepted values in words, e.g. {@code 1 to 1073741824 bytes} or {@code normal, full}
 * @param fallback    the value when nothing sets it, in words, e.g. {@code 1048576} or {@code none}
 * @param meaning     what it sets, one short phrase; empty for a backend's option (its adapter documents it)
 */
public record ConfigKey(String name, Optional<String> environment, String allowed, String fallback, String meaning) {
    public ConfigKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(allowed, "allowed");
        Objects.requireNonNull(fallback, "fallback");
        Objects.requireNonNull(meaning, "meaning");
    }

    /** A numeric key whose name is {@code prefix + setting.name()}: its range and default are the setting's. */
    static ConfigKey number(String prefix, NumberSetting setting, Optional<String> environment, String meaning) {
        return new ConfigKey(prefix + setting.name(), environment,
                setting.min() + " to " + setting.max() + " " + setting.unit(), Long.toString(setting.fallback()), meaning);
    }

    /** A key with a closed set of values whose name is {@code prefix + setting.name()}. */
    static ConfigKey choice(String prefix, ChoiceSetting setting, Optional<String> environment, String meaning) {
        return new ConfigKey(prefix + setting.name(), environment, String.join(", ", setting.choices()), setting.fallback(),
                meaning);
    }
}
