package io.runledger.reliability.hostile;

import java.util.List;

/**
 * What a client presents in {@code Authorization}: nothing, an unknown token, a header that is not
 * {@code Bearer <token>}, or a configured token of each role.
 */
enum Credential {
    MISSING, WRONG, MALFORMED, READ, WRITE, ADMIN;

    /** The Authorization header values for this credential (empty list: no header). */
    List<String> headers() {
        return switch (this) {
            case MISSING -> List.of();
            case WRONG -> Tokens.WRONG.stream().map(token -> "Bearer " + token).toList();
            case MALFORMED -> List.of("Basic " + java.util.Base64.getEncoder().encodeToString(
                    ("user:" + Tokens.WRITE).getBytes(java.nio.charset.StandardCharsets.UTF_8)), "Bearer", "Bearer ",
                    "Token " + Tokens.WRITE, Tokens.WRITE, "Bearer " + Tokens.WRITE + " " + Tokens.WRITE,
                    "Bearer " + Tokens.WRITE + ",", "Bearer \"" + Tokens.WRITE + "\"", "BearerX " + Tokens.WRITE,
                    "Bearer:" + Tokens.WRITE, "");
            case READ -> List.of("Bearer " + Tokens.READ);
            case WRITE -> List.of("Bearer " + Tokens.WRITE);
            case ADMIN -> List.of("Bearer " + Tokens.ADMIN);
        };
    }

    /**
     * The status docs/HTTP.md gives for this credential on {@code endpoint}: no token needed for
     * /health and /openapi.json; otherwise no or an unknown token 401, a role too low 403
     * (read &lt; write &lt; admin), else the endpoint's success status.
     */
    int expectedStatus(Endpoint endpoint) {
        if (endpoint.role() == Endpoint.Role.NONE) {
            return 200;
        }
        if (this == MISSING || this == WRONG || this == MALFORMED) {
            return 401;
        }
        if (endpoint.role() == Endpoint.Role.WRITE && this == READ
                || endpoint.role() == Endpoint.Role.ADMIN && this != ADMIN) {
            return 403;
        }
        return switch (endpoint) {
            case CREATE_RUN, ADD_STEP, APPEND_AUDIT -> 201;
            default -> 200;
        };
    }
}
