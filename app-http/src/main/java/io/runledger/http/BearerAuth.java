package io.runledger.http;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.util.Optional;

/**
 * Checks {@code Authorization: Bearer <token>} on every {@code /v1} request: reading needs the
 * {@code read} role, creating and changing needs {@code write} ({@code admin} may do everything).
 * A missing or unknown token is {@code unauthorized} (401 with {@code WWW-Authenticate: Bearer}), a
 * role too low is {@code forbidden} (403). With no tokens configured every request passes. A route
 * that needs more than its method implies (the admin role's deep store check) calls
 * {@link #require}. The token itself is never logged or echoed.
 */
final class BearerAuth {
    private static final String PREFIX = "bearer ";
    private static final String ROLE = BearerAuth.class.getName() + ".role";

    private final AccessTokens tokens;

    BearerAuth(AccessTokens tokens) {
        this.tokens = tokens;
    }

    void check(Context ctx) {
        if (tokens.isEmpty()) {
            return;
        }
        String header = ctx.header("Authorization");
        if (header == null || header.length() <= PREFIX.length()
                || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            throw new StoreException(ReasonCode.UNAUTHORIZED,
                    "this endpoint needs Authorization: Bearer <token> with a configured token");
        }
        Role role = tokens.roleOf(header.substring(PREFIX.length()).strip()).orElseThrow(() -> new StoreException(
                ReasonCode.UNAUTHORIZED, "the bearer token is not one of the configured tokens"));
        ctx.attribute(ROLE, role);
        Role needed = needed(ctx.method());
        if (!role.allows(needed)) {
            throw new StoreException(ReasonCode.FORBIDDEN, ctx.method() + " " + ctx.path() + " needs the "
                    + needed.wireName() + " role; this token has " + role.wireName());
        }
    }

    /** Refuses with {@code forbidden} unless the request's token has {@code needed}; passes when authentication is off. */
    static void require(Context ctx, Role needed) {
        Role role = ctx.attribute(ROLE);
        if (role != null && !role.allows(needed)) {
            throw new StoreException(ReasonCode.FORBIDDEN, ctx.method() + " " + ctx.path() + " needs the "
                    + needed.wireName() + " role; this token has " + role.wireName());
        }
    }

    /** The role of the request's token, once {@link #check} has accepted it. */
    static Optional<Role> roleOf(Context ctx) {
        return Optional.ofNullable(ctx.attribute(ROLE));
    }

    static Role needed(HandlerType method) {
        return method == HandlerType.GET || method == HandlerType.HEAD || method == HandlerType.OPTIONS
                ? Role.READ : Role.WRITE;
    }
}
