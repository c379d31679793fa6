package io.runledger.reliability.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.runledger.testing.http.RawReply;
import io.runledger.testing.http.RawRequest;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/**
 * The rule docs/HTTP.md states: the same request gets the same answer — HTTP status and reason code —
 * from every backend. One difference is by design (docs/POSTGRES.md): PostgreSQL text cannot hold
 * U+0000, so a request carrying one that SQLite and the JSON store accept is {@code 400
 * validation_failed} on PostgreSQL. Nothing else may differ.
 */
final class SameAnswers {
    /** How a NUL reaches a JSON body: the escape, since a raw control character is malformed JSON. */
    private static final String NUL_ESCAPE = "\\u0000";
    static final String POSTGRES_NUL_REFUSAL = "400 validation_failed";

    private SameAnswers() {
    }

    /** One backend's answer as compared: the status and the problem's reason code ("-" for none). */
    static String of(RawReply reply) {
        String reason = reply.status() >= 400 ? reply.json().path("reason").asText("-") : "-";
        return reply.status() + " " + reason;
    }

    /** Sends {@code request} to every backend's server and returns their answers. */
    static Map<Backend, String> ask(RawRequest request) {
        Map<Backend, String> answers = new EnumMap<>(Backend.class);
        for (Backend backend : Backend.values()) {
            answers.put(backend, of(HostileServer.of(backend).send(request)));
        }
        return answers;
    }

    /** Whether these answers are PostgreSQL's documented NUL refusal of a request the others accepted. */
    static boolean isDocumentedNulDifference(RawRequest request, Map<Backend, String> answers) {
        String sqlite = answers.get(Backend.SQLITE);
        return carriesNul(request) && sqlite.equals(answers.get(Backend.JSON)) && sqlite.startsWith("2")
                && answers.get(Backend.POSTGRES).equals(POSTGRES_NUL_REFUSAL);
    }

    /** Fails unless every backend answered alike (or it is the documented NUL difference). */
    static void require(RawRequest request, Map<Backend, String> answers) {
        String sqlite = answers.get(Backend.SQLITE);
        boolean alike = answers.values().stream().allMatch(sqlite::equals);
        if (!alike && !isDocumentedNulDifference(request, answers)) {
            fail("backends answered differently " + answers + " to " + request.describe());
        }
    }

    /** Asserts every backend gave {@code expected}, e.g. {@code "201 -"} or {@code "400 validation_failed"}. */
    static void requireEverywhere(String expected, RawRequest request) {
        Map<Backend, String> answers = ask(request);
        for (Backend backend : Backend.values()) {
            assertEquals(expected, answers.get(backend), () -> backend + " (all: " + answers + ") to " + request.describe());
        }
    }

    private static boolean carriesNul(RawRequest request) {
        return request.body().map(body -> new String(body, StandardCharsets.UTF_8).contains(NUL_ESCAPE)).orElse(false);
    }
}
