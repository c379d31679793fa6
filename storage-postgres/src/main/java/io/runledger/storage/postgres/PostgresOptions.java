package io.runledger.storage.postgres;

import io.runledger.storage.api.NumberSetting;
import io.runledger.storage.api.StoreOptions;
import java.util.List;
import java.util.Set;

/**
 * The PostgreSQL settings: {@code pool_size} (connections per pool, default 5, from 1 to 100; an open
 * store has a writer pool and a reader pool), {@code connect_timeout_ms} (how long opening a connection
 * may take, default 10000, at most 10 minutes), {@code lock_timeout_ms} (how long {@code migrate} waits
 * for the migration lock, default 10000, at most a day: PostgreSQL's {@code lock_timeout} is an int) and {@code app_version} (recorded in {@code meta}).
 */
record PostgresOptions(int poolSize, long connectTimeoutMs, long lockTimeoutMs, String appVersion) {
    static final String POOL_SIZE = "pool_size";
    static final String CONNECT_TIMEOUT_MS = "connect_timeout_ms";
    static final String LOCK_TIMEOUT_MS = "lock_timeout_ms";
    /** What configuration may set; {@code app_version} comes from bootstrap, never from the user. */
    static final Set<String> NAMES = Set.of(POOL_SIZE, CONNECT_TIMEOUT_MS, LOCK_TIMEOUT_MS);
    static final NumberSetting POOL = new NumberSetting(POOL_SIZE, 5, 1, 100, "connections");
    static final NumberSetting CONNECT_TIMEOUT = new NumberSetting(CONNECT_TIMEOUT_MS, 10_000, 1, 600_000, "milliseconds");
    static final NumberSetting LOCK_TIMEOUT = new NumberSetting(LOCK_TIMEOUT_MS, 10_000, 1, 86_400_000, "milliseconds");
    /** The numeric options with their ranges. */
    static final List<NumberSetting> NUMBERS = List.of(POOL, CONNECT_TIMEOUT, LOCK_TIMEOUT);

    static PostgresOptions from(StoreOptions options) {
        return new PostgresOptions(
                (int) options.read(POOL),
                options.read(CONNECT_TIMEOUT),
                options.read(LOCK_TIMEOUT),
                options.appVersion());
    }

    /** The connect timeout in whole seconds, as the driver takes it (at least 1). */
    int connectTimeoutSeconds() {
        return (int) Math.max(1, (connectTimeoutMs + 999) / 1000);
    }
}
