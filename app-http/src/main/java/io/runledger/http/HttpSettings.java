package io.runledger.http;

import io.runledger.bootstrap.ServeSettings;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how the server listens: host and port ({@code 0} picks a free port), the request body
 * limit in bytes, the bearer tokens ({@link AccessTokens#none()} turns authentication off, which
 * is allowed on a loopback address only), and how long one read of the store's status may answer
 * {@code GET /health} and {@code GET /v1/store} ({@code healthMaxAge}, zero: only requests that arrive
 * while it runs share it).
 */
public record HttpSettings(String host, int port, long maxBodyBytes, AccessTokens tokens, Duration healthMaxAge) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;

    public HttpSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(healthMaxAge, "healthMaxAge");
        if (healthMaxAge.isNegative()) {
            throw new StoreException(ReasonCode.CONFIG_INVALID, "the health status age cannot be negative");
        }
        if (port < 0 || port > 65_535) {
            throw new StoreException(ReasonCode.USAGE_ERROR, "--port must be between 0 and 65535 (got " + port + ")");
        }
        if (maxBodyBytes < 1) {
            throw new StoreException(ReasonCode.CONFIG_INVALID, "the request body limit must be at least 1 byte");
        }
        if (tokens.isEmpty() && !isLoopback(host)) {
            throw new StoreException(ReasonCode.CONFIG_INVALID, "refusing to listen on " + host
                    + " without authentication: configure bearer tokens (RUNLEDGER_TOKENS or the config file key "
                    + "http.tokens), or listen on a loopback address such as 127.0.0.1");
        }
    }

    /** Settings with the default health status age, {@value ServeSettings#DEFAULT_HEALTH_MAX_AGE_MS} ms. */
    public HttpSettings(String host, int port, long maxBodyBytes, AccessTokens tokens) {
        this(host, port, maxBodyBytes, tokens, Duration.ofMillis(ServeSettings.DEFAULT_HEALTH_MAX_AGE_MS));
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
