package io.runledger.storage.sqlite;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.util.Map;
import java.util.Set;

/**
 * The SQLite settings from {@code StoreSpec.options()}: {@code busy_timeout_ms} (how long a statement
 * waits for another writer, default 5000), {@code lock_timeout_ms} (how long {@code migrate} waits for
 * the migration lock, default 10000) and {@code app_version} (recorded in {@code meta}, default "unknown").
 */
record SqliteOptions(int busyTimeoutMs, long lockTimeoutMs, String appVersion) {
    static final String BUSY_TIMEOUT_MS = "busy_timeout_ms";
    static final String LOCK_TIMEOUT_MS = "lock_timeout_ms";
    static final String APP_VERSION = "app_version";
    /** What configuration may set; {@code app_version} comes from bootstrap, never from the user. */
    static final Set<String> NAMES = Set.of(BUSY_TIMEOUT_MS, LOCK_TIMEOUT_MS);

    static SqliteOptions from(Map<String, String> options) {
        return new SqliteOptions(
                (int) millis(options, BUSY_TIMEOUT_MS, 5_000, Integer.MAX_VALUE),
                millis(options, LOCK_TIMEOUT_MS, 10_000, Long.MAX_VALUE),
                options.getOrDefault(APP_VERSION, "unknown"));
    }

    private static long millis(Map<String, String> options, String key, long fallback, long max) {
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
                "sqlite option " + key + " must be a whole number of milliseconds from 1 to " + max + " (got '" + text + "')");
    }
}
