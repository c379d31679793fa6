package io.runledger.storage.postgres;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.StoreOptions;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The PostgreSQL settings, with their defaults and ranges (docs/POSTGRES.md has the table):
 * {@code pool_size} (connections per pool, 1–100, default 5; an open store has a writer pool and a
 * reader pool), {@code connect_timeout_ms} (opening a connection, default 10000),
 * {@code lock_timeout_ms} (waiting for the migration lock, and an import for the store's tables, default 10000), {@code socket_timeout_ms}
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

    static PostgresOptions from(StoreOptions options) {
        Duration tenSeconds = Duration.ofMillis(10_000);
        return new PostgresOptions(
                options.intOption(POOL_SIZE, 5, 1, 100, "connections"),
                options.durationOption(CONNECT_TIMEOUT_MS, tenSeconds, Duration.ofMillis(600_000)).toMillis(),
                options.durationOption(LOCK_TIMEOUT_MS, tenSeconds, Duration.ofMillis(Long.MAX_VALUE)).toMillis(),
                options.longOption(SOCKET_TIMEOUT_MS, 20_000, 1_000, HOUR_MS, "milliseconds"),
                options.longOption(STATEMENT_TIMEOUT_MS, 15_000, 0, HOUR_MS, "milliseconds"),
                flag(options, TCP_KEEPALIVE, true),
                options.longOption(LOCK_LEASE_MS, 30_000, 3_000, HOUR_MS, "milliseconds"),
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

    private static boolean flag(StoreOptions options, String name, boolean fallback) {
        Optional<String> text = options.option(name);
        if (text.isEmpty()) {
            return fallback;
        }
        return switch (text.get().strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new StoreException(ReasonCode.CONFIG_INVALID, options.backend() + " option " + name
                    + " must be true or false (got '" + text.get() + "')");
        };
    }
}
