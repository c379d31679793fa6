package io.runledger.bootstrap;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How log lines are written ({@code RUNLEDGER_LOG_FORMAT} / {@code log.format}, environment &gt; config
 * file &gt; default {@code text}): {@code text}, one human-readable line per event, or {@code json}, one
 * JSON object per line for a log collector.
 */
public enum LogFormat {
    TEXT, JSON;

    public static final String ENV = "RUNLEDGER_LOG_FORMAT";

    /** The format this configuration (whose config file, if any, is read again) and environment ask for. */
    public static LogFormat resolve(RunledgerConfig config, Map<String, String> env) {
        Optional<Setting> given = Optional.ofNullable(env.get(ENV)).filter(value -> !value.isBlank())
                .map(value -> new Setting(value.strip(), ConfigSource.ENVIRONMENT, ENV))
                .or(() -> config.configFile().map(ConfigFile::load).flatMap(file -> file.get(ConfigFile.LOG_FORMAT)
                        .map(value -> new Setting(value, ConfigSource.CONFIG_FILE, file.origin(ConfigFile.LOG_FORMAT)))));
        return given.map(LogFormat::parse).orElse(TEXT);
    }

    /** The lowercase name used in configuration. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    private static LogFormat parse(Setting setting) {
        return Arrays.stream(values()).filter(format -> format.wireName().equals(setting.value().toLowerCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new StoreException(ReasonCode.CONFIG_INVALID, ConfigFile.LOG_FORMAT
                        + " from " + setting.provenance() + " must be text or json (got \"" + setting.value() + "\")"));
    }
}
