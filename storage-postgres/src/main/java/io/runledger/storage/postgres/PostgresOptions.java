package io.runledger.storage.postgres;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.util.Map;
import java.util.Set;

/**
 * The PostgreSQL settings from {@code StoreSpec.options()}: {@code pool_size} (connections per pool,
 * default 5; an open store has a writer pool and a reader pool), {@code connect_timeout_ms} (how long
 * opening a connection may take, default 10000), {@code lock_timeout_ms} (how long {@code migrate}
 * waits for the migration lock, default 10000) and {@code app_version} (recorded in {@code meta}).
 */
record PostgresOptions(int poolSize, long connectTimeoutMs, long lockTimeoutMs, String appVersion) {
    static final String POOL_SIZE = "pool_size";
    static final String CONNECT_TIMEOUT_MS = "connect_timeout_ms";
    static final String LOCK_TIMEOUT_MS = "lock_timeout_ms";
    static final String APP_VERSION = "app_version";
    /** What configuration may set; {@code app_version} comes from bootstrap, never from the user. */
    static final Set<String> NAMES = Set.of(POOL_SIZE, CONNECT_TIMEOUT_MS, LOCK_TIMEOUT_MS);

    static PostgresOptions from(Map<String, String> options) {
        return new PostgresOptions(
                (int) number(options, POOL_SIZE, 5, 100, "a whole number of connections"),
                number(options, CONNECT_TIMEOUT_MS, 10_000, 600_000, "a whole number of milliseconds"),
                number(options, LOCK_TIMEOUT_MS, 10_000, Long.MAX_VALUE, "a whole number of milliseconds"),
                options.getOrDefault(APP_VERSION, "unknown"));
    }

    /** The connect timeout in whole seconds, as the driver takes it (at least 1). */
    int connectTimeoutSeconds() {
        return (int) Math.max(1, (connectTimeoutMs + 999) / 1000);
    }

    private static long number(Map<String, String> options, String key, long fallback, long max, String what) {
        String text = options.get(key);
        if (text == null) {
            return fallback;
        }
        try {
            long value = Long.parseLong(text.strip());
            if (value >= 1 && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the accepted range
        }
        throw new StoreException(ReasonCode.CONFIG_INVALID,
                "postgres option " + key + " must be " + what + " from 1 to " + max + " (got '" + text + "')");
    }
}
