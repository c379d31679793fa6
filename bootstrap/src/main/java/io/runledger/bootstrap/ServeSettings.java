package io.runledger.bootstrap;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The settings of {@code runledger serve}, resolved with the precedence environment &gt; config file
 * &gt; default: the bearer tokens ({@code RUNLEDGER_TOKENS} / {@code http.tokens}), the request body
 * limit ({@code RUNLEDGER_HTTP_MAX_BODY_BYTES} / {@code http.max_body_bytes}, default 1 MiB),
 * whether pending migrations are applied at start-up ({@code RUNLEDGER_MIGRATE_AUTO} /
 * {@code migrate.auto}, default true) and for how long one read of the store's status answers
 * {@code GET /health} ({@code RUNLEDGER_HTTP_HEALTH_MAX_AGE_MS} / {@code http.health_max_age_ms},
 * 0 to 60000 ms, default 1000). The token list is a secret: {@link #toString()} never shows it,
 * and problems with it are reported by {@code tokensOrigin} only.
 */
public record ServeSettings(Optional<String> tokens, String tokensOrigin, long maxBodyBytes, boolean migrateAuto,
                            long healthMaxAgeMs) {
    public static final String ENV_TOKENS = "RUNLEDGER_TOKENS";
    public static final String ENV_MAX_BODY_BYTES = "RUNLEDGER_HTTP_MAX_BODY_BYTES";
    public static final String ENV_MIGRATE_AUTO = "RUNLEDGER_MIGRATE_AUTO";
    public static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
    public static final String ENV_HEALTH_MAX_AGE_MS = "RUNLEDGER_HTTP_HEALTH_MAX_AGE_MS";
    public static final long DEFAULT_HEALTH_MAX_AGE_MS = 1000;
    public static final long MAX_HEALTH_MAX_AGE_MS = 60_000;

    public ServeSettings {
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(tokensOrigin, "tokensOrigin");
        if (maxBodyBytes < 1) {
            throw new StoreException(ReasonCode.CONFIG_INVALID, "the request body limit must be at least 1 byte");
        }
        if (healthMaxAgeMs < 0 || healthMaxAgeMs > MAX_HEALTH_MAX_AGE_MS) {
            throw new StoreException(ReasonCode.CONFIG_INVALID, "the health status age must be from 0 to "
                    + MAX_HEALTH_MAX_AGE_MS + " ms");
        }
    }

    /** The serve settings for this configuration (whose config file, if any, is read again) and environment. */
    public static ServeSettings resolve(RunledgerConfig config, Map<String, String> env) {
        Optional<ConfigFile> file = config.configFile().map(ConfigFile::load);
        Optional<Setting> tokens = fromEnv(env, ENV_TOKENS).or(() -> fromFile(file, ConfigFile.HTTP_TOKENS));
        Setting maxBody = fromEnv(env, ENV_MAX_BODY_BYTES).or(() -> fromFile(file, ConfigFile.HTTP_MAX_BODY_BYTES))
                .orElse(new Setting(Long.toString(DEFAULT_MAX_BODY_BYTES), ConfigSource.DEFAULT, "default"));
        Setting migrateAuto = fromEnv(env, ENV_MIGRATE_AUTO).or(() -> fromFile(file, ConfigFile.MIGRATE_AUTO))
                .orElse(new Setting("true", ConfigSource.DEFAULT, "default"));
        Setting healthMaxAge = fromEnv(env, ENV_HEALTH_MAX_AGE_MS).or(() -> fromFile(file, ConfigFile.HTTP_HEALTH_MAX_AGE_MS))
                .orElse(new Setting(Long.toString(DEFAULT_HEALTH_MAX_AGE_MS), ConfigSource.DEFAULT, "default"));
        return new ServeSettings(tokens.map(Setting::value), tokens.map(Setting::provenance).orElse("none"),
                positiveLong(maxBody), bool(migrateAuto), healthMaxAgeMs(healthMaxAge));
    }

    private static long healthMaxAgeMs(Setting setting) {
        try {
            long value = Long.parseLong(setting.value());
            if (value >= 0 && value <= MAX_HEALTH_MAX_AGE_MS) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the setting's origin
        }
        throw new StoreException(ReasonCode.CONFIG_INVALID, "http.health_max_age_ms from " + setting.provenance()
                + " must be a whole number of milliseconds from 0 to " + MAX_HEALTH_MAX_AGE_MS + " (got \"" + setting.value() + "\")");
    }

    private static long positiveLong(Setting setting) {
        try {
            long value = Long.parseLong(setting.value());
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the setting's origin
        }
        throw new StoreException(ReasonCode.CONFIG_INVALID, "the request body limit from " + setting.provenance()
                + " must be a whole number of bytes, at least 1 (got \"" + setting.value() + "\")");
    }

    private static boolean bool(Setting setting) {
        return switch (setting.value().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new StoreException(ReasonCode.CONFIG_INVALID, "migrate.auto from " + setting.provenance()
                    + " must be true or false (got \"" + setting.value() + "\")");
        };
    }

    private static Optional<Setting> fromEnv(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name))
                .filter(value -> !value.isBlank())
                .map(value -> new Setting(value.trim(), ConfigSource.ENVIRONMENT, name));
    }

    private static Optional<Setting> fromFile(Optional<ConfigFile> file, String key) {
        return file.flatMap(f -> f.get(key).map(value -> new Setting(value, ConfigSource.CONFIG_FILE, f.origin(key))));
    }

    /** Shows where the tokens came from, never the tokens. */
    @Override
    public String toString() {
        return "ServeSettings[tokens=" + (tokens.isPresent() ? "*** from " + tokensOrigin : "none")
                + ", maxBodyBytes=" + maxBodyBytes + ", migrateAuto=" + migrateAuto + ", healthMaxAgeMs=" + healthMaxAgeMs + "]";
    }
}
