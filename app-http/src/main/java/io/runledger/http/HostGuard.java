package io.runledger.http;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Refuses what a browser sends for another site, before authentication and on every path (the console
 * too), with {@link ReasonCode#HOST_NOT_ALLOWED} (403):
 * <ul>
 *   <li>without tokens, a {@code Host} that is not a loopback name ({@code localhost}, {@code 127.0.0.1},
 *       {@code [::1]}) or one of {@code http.allowed_hosts}, whatever the port — a page whose own name
 *       was re-pointed at 127.0.0.1 (DNS rebinding) still sends its own name;</li>
 *   <li>always, a state-changing request (any method but GET, HEAD, OPTIONS, TRACE) whose {@code Origin}
 *       is not the server's own: its host and port are the request's {@code Host}, or its host is one of
 *       {@code http.allowed_hosts} (a reverse proxy that rewrites {@code Host}). A request without
 *       {@code Origin} (curl, CI clients) passes.</li>
 * </ul>
 * With tokens the {@code Host} is not checked: the server is meant to be reached by other names, and a
 * bearer token is never sent by a browser on its own (it is not a cookie). The details are fixed text:
 * nothing of the request is echoed.
 */
final class HostGuard {
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");
    private static final Set<HandlerType> SAFE = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS,
            HandlerType.TRACE);

    private final boolean checkHost;
    private final Set<String> allowedHosts;

    HostGuard(boolean checkHost, List<String> allowedHosts) {
        this.checkHost = checkHost;
        this.allowedHosts = Set.copyOf(allowedHosts);
    }

    void check(Context ctx) {
        String host = ctx.header("Host");
        if (checkHost && hostName(host).filter(name -> LOOPBACK.contains(name) || allowedHosts.contains(name)).isEmpty()) {
            throw refused("this server answers only to a loopback host name (localhost, 127.0.0.1, [::1]) or one of "
                    + "http.allowed_hosts in the Host header");
        }
        String origin = ctx.header("Origin");
        if (origin != null && !SAFE.contains(ctx.method()) && !ownOrigin(origin, host)) {
            throw refused(ctx.method() + " from another site's Origin is refused; send it from this server's own "
                    + "origin, without an Origin header, or add the origin's host to http.allowed_hosts");
        }
    }

    private boolean ownOrigin(String origin, String host) {
        int scheme = origin.indexOf("://");
        if (scheme < 0) {
            return false; // "null" (a sandboxed or file page) and anything else that names no site
        }
        String authority = origin.substring(scheme + 3).toLowerCase(Locale.ROOT);
        return (host != null && authority.equals(host.toLowerCase(Locale.ROOT)))
                || hostName(authority).filter(allowedHosts::contains).isPresent();
    }

    /** The lower-case host name of a {@code Host} value or an origin's authority, without the port; empty if malformed. */
    static Optional<String> hostName(String authority) {
        if (authority == null || authority.isEmpty()) {
            return Optional.empty();
        }
        String lower = authority.toLowerCase(Locale.ROOT);
        int portColon = lower.startsWith("[") ? lower.indexOf("]:") + 1 : lower.indexOf(':');
        if (lower.startsWith("[") && !lower.endsWith("]") && portColon == 0) {
            return Optional.empty();
        }
        if (portColon <= 0) {
            return Optional.of(lower);
        }
        String port = lower.substring(portColon + 1);
        return !port.isEmpty() && port.length() <= 5 && port.chars().allMatch(Character::isDigit)
                ? Optional.of(lower.substring(0, portColon)) : Optional.empty();
    }

    private static StoreException refused(String detail) {
        return new StoreException(ReasonCode.HOST_NOT_ALLOWED, detail);
    }
}
