package io.runledger.storage.postgres;

import io.runledger.storage.api.StoreOptions;
import java.time.Duration;
import java.util.Set;

/**
 * The PostgreSQL settings: {@code pool_size} (connections per pool, default 5; an open store has a
 * writer pool and a reader pool), {@code connect_timeout_ms} (how long opening a connection may take,
 * default 10000), {@code lock_timeout_ms} (how long {@code migrate} waits for the migration lock, and
 * an import for the store's tables, default 10000) and {@code app_version} (recorded in {@code meta}).
 */
record PostgresOptions(int poolSize, long connectTimeoutMs, long lockTimeoutMs, String appVersion) {
    static final String POOL_SIZE = "pool_size";
    static final String CONNECT_TIMEOUT_MS = "connect_timeout_ms";
    static final String LOCK_TIMEOUT_MS = "lock_timeout_ms";
    /** What configuration may set; {@code app_version} comes from bootstrap, never from the user. */
    static final Set<String> NAMES = Set.of(POOL_SIZE, CONNECT_TIMEOUT_MS, LOCK_TIMEOUT_MS);

    static PostgresOptions from(StoreOptions options) {
        Duration tenSeconds = Duration.ofMillis(10_000);
        return new PostgresOptions(
                options.intOption(POOL_SIZE, 5, 1, 100, "connections"),
                options.durationOption(CONNECT_TIMEOUT_MS, tenSeconds, Duration.ofMillis(600_000)).toMillis(),
                options.durationOption(LOCK_TIMEOUT_MS, tenSeconds, Duration.ofMillis(Long.MAX_VALUE)).toMillis(),
                options.appVersion());
    }

    /** The connect timeout in whole seconds, as the driver takes it (at least 1). */
    int connectTimeoutSeconds() {
        return (int) Math.max(1, (connectTimeoutMs + 999) / 1000);
    }
}
