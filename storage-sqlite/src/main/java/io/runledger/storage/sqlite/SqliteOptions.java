package io.runledger.storage.sqlite;

import io.runledger.storage.api.StoreOptions;
import java.time.Duration;
import java.util.Set;

/**
 * The SQLite settings: {@code busy_timeout_ms} (how long a statement waits for another writer, default
 * 5000), {@code lock_timeout_ms} (how long {@code migrate} waits for the migration lock, default 10000)
 * and {@code app_version} (recorded in {@code meta}, default "unknown").
 */
record SqliteOptions(int busyTimeoutMs, long lockTimeoutMs, String appVersion) {
    static final String BUSY_TIMEOUT_MS = "busy_timeout_ms";
    static final String LOCK_TIMEOUT_MS = "lock_timeout_ms";
    /** What configuration may set; {@code app_version} comes from bootstrap, never from the user. */
    static final Set<String> NAMES = Set.of(BUSY_TIMEOUT_MS, LOCK_TIMEOUT_MS);

    static SqliteOptions from(StoreOptions options) {
        return new SqliteOptions(
                options.intOption(BUSY_TIMEOUT_MS, 5_000, 1, Integer.MAX_VALUE, "milliseconds"),
                options.durationOption(LOCK_TIMEOUT_MS, Duration.ofMillis(10_000), Duration.ofMillis(Long.MAX_VALUE)).toMillis(),
                options.appVersion());
    }
}
