package io.runledger.storage.postgres;

import io.runledger.storage.api.ChoiceSetting;
import io.runledger.storage.api.NumberSetting;
import io.runledger.storage.api.StoreOptions;
import java.util.List;
import java.util.Set;

/**
 * The PostgreSQL settings, with their defaults and ranges (docs/POSTGRES.md has the table):
 * {@code pool_size} (connections per pool, 1–100, default 5; an open store has a writer pool and a
 * reader pool), {@code connect_timeout_ms} (opening a connection, default 10000, at most 10 minutes),
 * {@code lock_timeout_ms} (waiting for the migration lock, and an import for the store's tables,
 * default 10000, at most a day: PostgreSQL's {@code lock_timeout} is an int), {@code socket_timeout_ms}
 * (the longest one answer from the server may take on a store or status connection, 1000–3600000,
 * default 20000), {@code statement_timeout_ms} (the longest the server runs one statement of those
 * connections, 0 = the server's own setting, default 15000), {@code tcp_keepalive} ({@code true} or
 * {@code false}, default true), {@code lock_lease_ms} (how long the server keeps the migration lock of
 * a migrator it hears nothing from, 3000–3600000, default 30000) and {@code app_version} (recorded in
 * {@code meta}).
 */
record PostgresOptions(int poolSize, long connectTimeoutMs, long lockTimeoutMs, long socketTimeoutMs,
                       long statementTimeoutMs, boolean tcpKeepAlive, long lockLeaseMs, String appVersion) {
    static final String POOL_SIZE = "pool_size";
    static final String CONNECT_TIMEOUT_MS = "connect_timeout_ms";
    static final String LOCK_TIMEOUT_MS = "lock_timeout_ms";
    static final String SOCKET_TIMEOUT_MS = "socket_timeout_ms";
    static final String STATEMENT_TIMEOUT_MS = "statement_timeout_ms";
    static final String TCP_KEEPALIVE = "tcp_keepalive";
    static final String LOCK_LEASE_MS = "lock_lease_ms";
    /** What configuration may set; {@code app_version} comes from bootstrap, never from the user. */
    static final Set<String> NAMES = Set.of(POOL_SIZE, CONNECT_TIMEOUT_MS, LOCK_TIMEOUT_MS, SOCKET_TIMEOUT_MS,
            STATEMENT_TIMEOUT_MS, TCP_KEEPALIVE, LOCK_LEASE_MS);
    private static final long HOUR_MS = 3_600_000;
    static final NumberSetting POOL = new NumberSetting(POOL_SIZE, 5, 1, 100, "connections");
    static final NumberSetting CONNECT_TIMEOUT = new NumberSetting(CONNECT_TIMEOUT_MS, 10_000, 1, 600_000, "milliseconds");
    static final NumberSetting LOCK_TIMEOUT = new NumberSetting(LOCK_TIMEOUT_MS, 10_000, 1, 86_400_000, "milliseconds");
    static final NumberSetting SOCKET_TIMEOUT = new NumberSetting(SOCKET_TIMEOUT_MS, 20_000, 1_000, HOUR_MS, "milliseconds");
    static final NumberSetting STATEMENT_TIMEOUT = new NumberSetting(STATEMENT_TIMEOUT_MS, 15_000, 0, HOUR_MS, "milliseconds");
    static final NumberSetting LOCK_LEASE = new NumberSetting(LOCK_LEASE_MS, 30_000, 3_000, HOUR_MS, "milliseconds");
    static final ChoiceSetting KEEPALIVE = ChoiceSetting.bool(TCP_KEEPALIVE, true);
    /** The options with a closed set of values. */
    static final List<ChoiceSetting> CHOICES = List.of(KEEPALIVE);
    /** The numeric options with their ranges. */
    static final List<NumberSetting> NUMBERS = List.of(POOL, CONNECT_TIMEOUT, LOCK_TIMEOUT, SOCKET_TIMEOUT,
            STATEMENT_TIMEOUT, LOCK_LEASE);

    static PostgresOptions from(StoreOptions options) {
        return new PostgresOptions(
                (int) options.read(POOL),
                options.read(CONNECT_TIMEOUT),
                options.read(LOCK_TIMEOUT),
                options.read(SOCKET_TIMEOUT),
                options.read(STATEMENT_TIMEOUT),
                Boolean.parseBoolean(options.read(KEEPALIVE)),
                options.read(LOCK_LEASE),
                options.appVersion());
    }

    /** The connect timeout in whole seconds, as the driver takes it (at least 1). */
    int connectTimeoutSeconds() {
        return wholeSeconds(connectTimeoutMs);
    }

    /** The socket timeout in whole seconds, as the driver takes it (at least 1). */
    int socketTimeoutSeconds() {
        return wholeSeconds(socketTimeoutMs);
    }

    /**
     * How long a caller waits for a pooled connection: the socket timeout, and at least long enough for
     * one attempt to open a new connection to fail, so that a server out of reach is reported as such.
     */
    long poolWaitMs() {
        return Math.max(socketTimeoutMs, connectTimeoutSeconds() * 1000L + 1000);
    }

    private static int wholeSeconds(long millis) {
        return (int) Math.max(1, (millis + 999) / 1000);
    }
}
