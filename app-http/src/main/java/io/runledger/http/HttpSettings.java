package io.runledger.http;

import io.runledger.bootstrap.AuditSettings;
import io.runledger.bootstrap.ServeSettings;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Where and how the server listens: host and port ({@code 0} picks a free port); the request body
 * limit in bytes; the bearer tokens ({@link AccessTokens#none()} turns authentication off, which is
 * allowed on a loopback address only); the host names besides the loopback ones that the server
 * answers to ({@code http.allowed_hosts}, lower case, no port; see {@link HostGuard}); and how long a
 * connection may stay silent — e.g. in the middle of a request body — before the server gives up on it
 * ({@code http.idle_timeout_ms}; a stalled body is then {@code 408 request_timeout}); and how long one
 * read of the store's status may answer {@code GET /health} and {@code GET /v1/store}
 * ({@code healthMaxAge}; zero: only requests that arrive while it runs share it); whether {@code GET /metrics}
 * answers without a token ({@code http.metrics_public}) and whether each request writes an access log line
 * ({@code http.access_log}), and how long one of the server's own checks of the audit chain may read and how old the last may
 * be before {@code GET /v1/store} starts another ({@code audit.verify_budget_ms}, {@code audit.verify_max_age_ms}).
 */
public record HttpSettings(String host, int port, long maxBodyBytes, AccessTokens tokens, List<String> allowedHosts,
                           Duration idleTimeout, Duration healthMaxAge, boolean metricsPublic, boolean accessLog,
                           AuditSettings audit) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);

    public HttpSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(tokens, "tokens");
        allowedHosts = List.copyOf(allowedHosts);
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        if (idleTimeout.toMillis() < 1) {
            throw new StoreException(ReasonCode.CONFIG_INVALID, "the idle timeout must be at least 1 ms");
        }
        Objects.requireNonNull(healthMaxAge, "healthMaxAge");
        Objects.requireNonNull(audit, "audit");
        if (healthMaxAge.isNegative()) {
            throw new StoreException(ReasonCode.CONFIG_INVALID, "the health status age cannot be negative");
        }
        if (port < 0 || port > 65_535) {
            throw new StoreException(ReasonCode.USAGE_ERROR, "--port must be between 0 and 65535 (got " + port + ")");
        }
        if (maxBodyBytes < ServeSettings.MAX_BODY_BYTES.min() || maxBodyBytes > ServeSettings.MAX_BODY_BYTES.max()) {
            throw new StoreException(ReasonCode.CONFIG_INVALID, "the request body limit must be "
                    + ServeSettings.MAX_BODY_BYTES.range() + " (got " + maxBodyBytes + ")");
        }
        if (tokens.isEmpty() && !isLoopback(host)) {
            throw new StoreException(ReasonCode.CONFIG_INVALID, "refusing to listen on " + host
                    + " without authentication: configure bearer tokens (RUNLEDGER_TOKENS or the config file key "
                    + "http.tokens), or listen on a loopback address such as 127.0.0.1");
        }
    }

    /** Settings that add no host name to the loopback ones, with the default idle timeout and health status age. */
    public HttpSettings(String host, int port, long maxBodyBytes, AccessTokens tokens) {
        this(host, port, maxBodyBytes, tokens, List.of(), DEFAULT_IDLE_TIMEOUT,
                Duration.ofMillis(ServeSettings.DEFAULT_HEALTH_MAX_AGE_MS), false, true, AuditSettings.DEFAULTS);
    }

    /** These settings answering to {@code names} besides the loopback host names. */
    public HttpSettings withAllowedHosts(List<String> names) {
        return new HttpSettings(host, port, maxBodyBytes, tokens, names, idleTimeout, healthMaxAge, metricsPublic, accessLog, audit);
    }

    /** These settings with another idle timeout. */
    public HttpSettings withIdleTimeout(Duration timeout) {
        return new HttpSettings(host, port, maxBodyBytes, tokens, allowedHosts, timeout, healthMaxAge, metricsPublic, accessLog, audit);
    }

    /** These settings with another health status age. */
    public HttpSettings withHealthMaxAge(Duration age) {
        return new HttpSettings(host, port, maxBodyBytes, tokens, allowedHosts, idleTimeout, age, metricsPublic, accessLog, audit);
    }

    /** These settings with {@code GET /metrics} open to anyone ({@code true}) or to the read role. */
    public HttpSettings withMetricsPublic(boolean open) {
        return new HttpSettings(host, port, maxBodyBytes, tokens, allowedHosts, idleTimeout, healthMaxAge, open, accessLog, audit);
    }

    /** These settings with the access log on or off. */
    public HttpSettings withAccessLog(boolean on) {
        return new HttpSettings(host, port, maxBodyBytes, tokens, allowedHosts, idleTimeout, healthMaxAge, metricsPublic, on, audit);
    }

    /** These settings with other bounds for the server's own checks of the audit chain. */
    public HttpSettings withAudit(AuditSettings settings) {
        return new HttpSettings(host, port, maxBodyBytes, tokens, allowedHosts, idleTimeout, healthMaxAge, metricsPublic, accessLog,
                settings);
    }

    /** Whether authentication is on. */
    public boolean authenticated() {
        return !tokens.isEmpty();
    }

    private static boolean isLoopback(String host) {
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (!address.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            throw new StoreException(ReasonCode.CONFIG_INVALID, "cannot resolve the host " + host + " to listen on");
        }
    }
}
