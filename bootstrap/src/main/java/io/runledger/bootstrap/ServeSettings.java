package io.runledger.bootstrap;

import io.runledger.storage.api.NumberSetting;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The settings of {@code runledger serve}, resolved with the precedence environment &gt; config file
 * &gt; default: the bearer tokens ({@code RUNLEDGER_TOKENS} / {@code http.tokens}), the request body
 * limit ({@code RUNLEDGER_HTTP_MAX_BODY_BYTES} / {@code http.max_body_bytes}, default 1 MiB, at most
 * 1 GiB), the idle timeout ({@code RUNLEDGER_HTTP_IDLE_TIMEOUT_MS} / {@code http.idle_timeout_ms}, default
 * 30000, from 100 to 3600000), for how long one read of the store's status answers {@code GET /health}
 * ({@code RUNLEDGER_HTTP_HEALTH_MAX_AGE_MS} / {@code http.health_max_age_ms}, default 1000, from 0 to 60000),
 * whether pending migrations are applied at start-up ({@code RUNLEDGER_MIGRATE_AUTO} /
 * {@code migrate.auto}, default true) and the host names besides the loopback ones the server answers to
 * ({@code RUNLEDGER_HTTP_ALLOWED_HOSTS} / {@code http.allowed_hosts}, a comma list of names without scheme
 * or port, kept in lower case; default none), whether {@code GET /metrics} answers without a token
 * ({@code RUNLEDGER_HTTP_METRICS_PUBLIC} / {@code http.metrics_public}, default false) and whether every
 * request is logged in an access log line ({@code RUNLEDGER_HTTP_ACCESS_LOG} / {@code http.access_log},
 * default true). The token list is a secret: {@link #toString()} never shows it,
 * and problems with it are reported by {@code tokensOrigin} only.
 */
public record ServeSettings(Optional<String> tokens, String tokensOrigin, long maxBodyBytes, boolean migrateAuto,
                            List<String> allowedHosts, Duration idleTimeout, long healthMaxAgeMs, boolean metricsPublic,
                            boolean accessLog) {
    public static final String ENV_TOKENS = "RUNLEDGER_TOKENS";
    public static final String ENV_MAX_BODY_BYTES = "RUNLEDGER_HTTP_MAX_BODY_BYTES";
    public static final String ENV_MIGRATE_AUTO = "RUNLEDGER_MIGRATE_AUTO";
    public static final String ENV_ALLOWED_HOSTS = "RUNLEDGER_HTTP_ALLOWED_HOSTS";
    private static final Pattern HOST_NAME = Pattern.compile("[a-z0-9]([a-z0-9.-]*[a-z0-9])?|\\[[0-9a-f:.]+]");
    public static final String ENV_IDLE_TIMEOUT_MS = "RUNLEDGER_HTTP_IDLE_TIMEOUT_MS";
    public static final String ENV_METRICS_PUBLIC = "RUNLEDGER_HTTP_METRICS_PUBLIC";
    public static final String ENV_ACCESS_LOG = "RUNLEDGER_HTTP_ACCESS_LOG";
    public static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
    /** The request body limit: a body is held in memory, so 1 GiB is far more than any batch needs. */
    public static final String ENV_HEALTH_MAX_AGE_MS = "RUNLEDGER_HTTP_HEALTH_MAX_AGE_MS";
    public static final NumberSetting MAX_BODY_BYTES =
            new NumberSetting(ConfigFile.HTTP_MAX_BODY_BYTES, DEFAULT_MAX_BODY_BYTES, 1, 1L << 30, "bytes");
    /** How long a connection may stay silent, e.g. in the middle of a request body. */
    public static final NumberSetting IDLE_TIMEOUT_MS =
            new NumberSetting(ConfigFile.HTTP_IDLE_TIMEOUT_MS, 30_000, 100, 3_600_000, "milliseconds");
    public static final long DEFAULT_HEALTH_MAX_AGE_MS = 1000;
    /** How long one read of the store's status answers {@code GET /health}; 0: shared only while it runs. */
    public static final NumberSetting HEALTH_MAX_AGE_MS =
            new NumberSetting(ConfigFile.HTTP_HEALTH_MAX_AGE_MS, DEFAULT_HEALTH_MAX_AGE_MS, 0, 60_000, "milliseconds");
    /** Every numeric setting of {@code serve}, with its environment variable. */
    public static final Map<NumberSetting, String> NUMBER_SETTINGS =
            Map.of(MAX_BODY_BYTES, ENV_MAX_BODY_BYTES, IDLE_TIMEOUT_MS, ENV_IDLE_TIMEOUT_MS,
                    HEALTH_MAX_AGE_MS, ENV_HEALTH_MAX_AGE_MS);

    public ServeSettings {
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(tokensOrigin, "tokensOrigin");
        allowedHosts = List.copyOf(allowedHosts);
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        if (maxBodyBytes < MAX_BODY_BYTES.min() || maxBodyBytes > MAX_BODY_BYTES.max()) {
            throw new StoreException(ReasonCode.CONFIG_INVALID, "the request body limit must be " + MAX_BODY_BYTES.range());
        }
        if (healthMaxAgeMs < HEALTH_MAX_AGE_MS.min() || healthMaxAgeMs > HEALTH_MAX_AGE_MS.max()) {
            throw new StoreException(ReasonCode.CONFIG_INVALID, "the health status age must be " + HEALTH_MAX_AGE_MS.range());
        }
    }

    /** The serve settings for this configuration (whose config file, if any, is read again) and environment. */
    public static ServeSettings resolve(RunledgerConfig config, Map<String, String> env) {
        Optional<ConfigFile> file = config.configFile().map(ConfigFile::load);
        Optional<Setting> tokens = fromEnv(env, ENV_TOKENS).or(() -> fromFile(file, ConfigFile.HTTP_TOKENS));
        boolean migrateAuto = flag(env, file, ENV_MIGRATE_AUTO, ConfigFile.MIGRATE_AUTO, true);
        boolean metricsPublic = flag(env, file, ENV_METRICS_PUBLIC, ConfigFile.HTTP_METRICS_PUBLIC, false);
        boolean accessLog = flag(env, file, ENV_ACCESS_LOG, ConfigFile.HTTP_ACCESS_LOG, true);
        List<String> allowedHosts = fromEnv(env, ENV_ALLOWED_HOSTS).or(() -> fromFile(file, ConfigFile.HTTP_ALLOWED_HOSTS))
                .map(ServeSettings::hostNames).orElse(List.of());
        return new ServeSettings(tokens.map(Setting::value), tokens.map(Setting::provenance).orElse("none"),
                number(MAX_BODY_BYTES, env, file), migrateAuto, allowedHosts,
                Duration.ofMillis(number(IDLE_TIMEOUT_MS, env, file)), number(HEALTH_MAX_AGE_MS, env, file), metricsPublic,
                accessLog);
    }

    private static long number(NumberSetting setting, Map<String, String> env, Optional<ConfigFile> file) {
        return fromEnv(env, NUMBER_SETTINGS.get(setting)).or(() -> fromFile(file, setting.name()))
                .map(given -> setting.parse(setting.name() + " from " + given.provenance(), given.value()))
                .orElse(setting.fallback());
    }

    private static List<String> hostNames(Setting setting) {
        List<String> names = new ArrayList<>();
        for (String entry : setting.value().split(",", -1)) {
            String name = entry.strip().toLowerCase(Locale.ROOT);
            if (!HOST_NAME.matcher(name).matches()) {
                throw new StoreException(ReasonCode.CONFIG_INVALID, "http.allowed_hosts from " + setting.provenance()
                        + " must be a comma list of host names without scheme or port, e.g. ledger.example.com,"
                        + "[fd00::1] (got \"" + entry.strip() + "\")");
            }
            names.add(name);
        }
        return names;
    }

    private static boolean flag(Map<String, String> env, Optional<ConfigFile> file, String envName, String key,
                                boolean fallback) {
        Optional<Setting> setting = fromEnv(env, envName).or(() -> fromFile(file, key));
        if (setting.isEmpty()) {
            return fallback;
        }
        return switch (setting.get().value().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new StoreException(ReasonCode.CONFIG_INVALID, key + " from " + setting.get().provenance()
                    + " must be true or false (got \"" + setting.get().value() + "\")");
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
                + ", maxBodyBytes=" + maxBodyBytes + ", migrateAuto=" + migrateAuto + ", allowedHosts=" + allowedHosts
                + ", idleTimeout=" + idleTimeout + ", healthMaxAgeMs=" + healthMaxAgeMs + ", metricsPublic=" + metricsPublic
                + ", accessLog=" + accessLog + "]";
    }
}
