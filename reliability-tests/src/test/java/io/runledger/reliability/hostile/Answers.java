package io.runledger.reliability.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.runledger.testing.http.RawReply;
import io.runledger.testing.http.RawRequest;
import java.util.Set;

/**
 * What docs/HTTP.md promises of every answer: never a 5xx; every 4xx an {@code application/problem+json}
 * whose {@code status} is the HTTP status and whose {@code reason} is a code docs/REASON_CODES.md lists
 * with that status — or, for a path the API does not have (404) and for what the HTTP layer refuses
 * before routing (414, 431), a problem without a reason ({@code about:blank}); a HEAD answer has no
 * body; and no bearer token in any body.
 */
final class Answers {
    /** Statuses the doc allows a problem without a reason code for. */
    private static final Set<Integer> WITHOUT_REASON = Set.of(404, 414, 431);

    private Answers() {
    }

    /** Asserts {@code reply} keeps those promises; returns its reason code, or "-" for none. */
    static String check(RawRequest request, RawReply reply) {
        String where = request.describe() + "\n→ " + reply.abbreviated();
        assertTrue(reply.status() >= 200 && reply.status() < 500, () -> "not 2xx/4xx: " + where);
        for (String token : Tokens.all()) {
            assertFalse(reply.text().contains(token), () -> "a token is echoed: " + where);
        }
        if (request.method().equals("HEAD")) {
            assertEquals(0, reply.body().length, () -> "a HEAD answer with a body: " + where);
            return "-";
        }
        if (reply.status() < 400) {
            return "-";
        }
        assertTrue(reply.header("content-type").orElse("").startsWith("application/problem+json"),
                () -> "a 4xx that is not application/problem+json: " + where);
        JsonNode problem = reply.json();
        assertEquals(reply.status(), problem.path("status").asInt(), () -> "problem status differs: " + where);
        if (!problem.hasNonNull("reason")) {
            assertTrue(WITHOUT_REASON.contains(reply.status()) && problem.path("type").asText().equals("about:blank"),
                    () -> "a problem without a reason code: " + where);
            return "-";
        }
        String reason = problem.get("reason").asText();
        assertTrue(ReasonCatalog.documented(reason), () -> "reason not in docs/REASON_CODES.md: " + where);
        assertEquals(ReasonCatalog.httpStatus(reason).orElse(-1), reply.status(),
                () -> "the status is not the one docs/REASON_CODES.md gives " + reason + ": " + where);
        assertEquals("urn:runledger:reason:" + reason, problem.path("type").asText(), () -> "problem type: " + where);
        return reason;
    }
}
