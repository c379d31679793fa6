package io.runledger.storage.api;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One backend's options from {@link StoreSpec#options()}, read with their types: the one parser of
 * backend settings. A value that is not of the option's type or outside its range is refused with
 * {@link ReasonCode#CONFIG_INVALID}, naming the backend, the option, the value given and the range
 * ({@link NumberSetting} holds the range check); an absent option takes the caller's default.
 *
 * @param backend the backend id, as the user writes it before the option's name ({@code sqlite.busy_timeout_ms})
 * @param values  the options as configured, by name without the backend prefix
 */
public record StoreOptions(String backend, Map<String, String> values) {
    public StoreOptions {
        Texts.requireText("backend", backend);
        values = Map.copyOf(Objects.requireNonNull(values, "values"));
    }

    /** The option's text as given, if it was. */
    public Optional<String> option(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** The binary's version that bootstrap passes ({@link StoreSpec#APP_VERSION}), or "unknown". */
    public String appVersion() {
        return option(StoreSpec.APP_VERSION).orElse("unknown");
    }

    /** The value of a numeric option, or its fallback when it is absent. */
    public long read(NumberSetting setting) {
        return option(setting.name()).map(text -> setting.parse(backend + " option " + setting.name(), text))
                .orElse(setting.fallback());
    }

    /** A whole number of {@code unit} from {@code min} to {@code max}, e.g. a pool size in connections. */
    public int intOption(String name, int fallback, int min, int max, String unit) {
        return (int) longOption(name, fallback, min, max, unit);
    }

    /** A whole number of {@code unit} from {@code min} to {@code max}, e.g. a size in bytes. */
    public long longOption(String name, long fallback, long min, long max, String unit) {
        return read(new NumberSetting(name, fallback, min, max, unit));
    }

    /** A duration given in whole milliseconds (the option's name ends in {@code _ms}), from 1 ms to {@code max}. */
    public Duration durationOption(String name, Duration fallback, Duration max) {
        return Duration.ofMillis(longOption(name, fallback.toMillis(), 1, max.toMillis(), "milliseconds"));
    }

    /** The value of a choice option, as the choice is written, or its fallback when it is absent. */
    public String read(ChoiceSetting setting) {
        return option(setting.name()).map(text -> setting.parse(backend + " option " + setting.name(), text))
                .orElse(setting.fallback());
    }
}
