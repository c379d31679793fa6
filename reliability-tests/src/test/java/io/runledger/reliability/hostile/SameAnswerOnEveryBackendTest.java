package io.runledger.reliability.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.reliability.Figures;
import io.runledger.testing.http.RawRequest;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The same request gets the same status and reason code from SQLite, JSON and PostgreSQL — at the
 * edges where stores differ underneath: text at and just over the limits the domain sets for every
 * backend (docs/HTTP.md; PostgreSQL's VARCHAR(255) and index-entry size are the strictest), which of
 * two problems in one batch decides, retries and conflicts, timestamps and numbers at their ranges
 * (integers beyond ±2^53 and other numbers a double cannot hold exactly are refused everywhere).
 * The one difference by design, U+0000 on PostgreSQL (docs/POSTGRES.md), is asserted as exactly that.
 */
class SameAnswerOnEveryBackendTest {
    private static final String STEM = "sa" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    /** Random letters: PostgreSQL cannot compress them into a small index entry, as it would "sss…". */
    private static final String NOISE = noise(4_000);
    private static final String ROCKET = "🚀";
    private static final AtomicInteger REQUESTS = new AtomicInteger();

    @Test
    void textUpToTheLimitsIsStoredEverywhereAndOneMoreIsRefusedEverywhere() {
        same("201 -", run("g1", "\"git_sha\":\"" + NOISE.substring(0, 255) + "\""));
        same("400 validation_failed", run("g2", "\"git_sha\":\"" + NOISE.substring(0, 256) + "\""));
        same("201 -", run("l1", "\"labels\":{\"" + NOISE.substring(0, 256) + "\":\"" + NOISE.substring(256, 1280) + "\"}"));
        same("201 -", run("l2", "\"labels\":{\"k\":\"" + ROCKET.repeat(256) + "\"}"));
        same("400 validation_failed", run("l3", "\"labels\":{\"k\":\"" + NOISE.substring(0, 1025) + "\"}"));
        same("400 validation_failed", run("l4", "\"labels\":{\"" + NOISE.substring(0, 257) + "\":\"v\"}"));
        same("400 validation_failed", run("l5", "\"labels\":{\"k\":\"" + NOISE.substring(0, 3_000) + "\"}"));
        same("201 -", events(event("s1", NOISE.substring(0, 1024), "")));
        same("400 validation_failed", events(event("s2", NOISE.substring(0, 1025), "")));
        same("400 validation_failed", events(event("s3", NOISE.substring(0, 3_000), "")));
        same("201 -", events(event("m1", "s", ",\"message\":\"" + NOISE + "\"")));
    }

    @Test
    void theSameProblemDecidesABatchEverywhere() {
        String missingRun = ",\"run_id\":\"" + STEM + "-nope\"";
        same("409 duplicate_id", events(event("b1", "s", ""), event("b1", "other", missingRun)));
        same("404 run_not_found", events(event("b2", "s", missingRun), event("b2", "other", "")));
        same("201 -", events(event("b3", "s", ""), event("b3", "s", "")));
        same("409 duplicate_id", events(event("b3", "s", ""), event("b4", "s", ""), event("b3", "changed", "")));
        same("400 validation_failed", events(event("b5", "s", ""), event("b6", NOISE.substring(0, 2_000), missingRun)));
        // Every event is validated before any store is asked, so the over-long scope decides, not the run.
        same("400 validation_failed", events(event("b7", "s", missingRun), event("b8", NOISE.substring(0, 2_000), "")));
    }

    @Test
    void retriesAndConflictsAreAnsweredAlike() {
        RawRequest create = run("r1", "\"labels\":{\"a\":\"1\"}");
        same("201 -", create);
        same("200 -", create);
        same("409 duplicate_id", run("r1", "\"labels\":{\"a\":\"2\"}"));
        RawRequest step = write("POST", "/v1/runs/" + STEM + "-r1/steps", "{\"step_id\":\"st\",\"name\":\"" + NOISE + "\"}");
        same("201 -", step);
        same("200 -", step);
        same("409 invalid_status_transition", write("PATCH", "/v1/runs/" + STEM + "-r1/steps/st", "{\"status\":\"succeeded\"}"));
        same("404 run_not_found", write("POST", "/v1/runs/" + STEM + "-r0/steps", "{\"step_id\":\"st\",\"name\":\"n\"}"));
    }

    @Test
    void timestampsAndNumbersAtTheirRangesAreAnsweredAlike() {
        same("201 -", events(event("t1", "s", ",\"ts\":\"0000-01-01T00:00:00.000000Z\"")));
        same("201 -", events(event("t2", "s", ",\"ts\":\"9999-12-31T23:59:59.999999Z\"")));
        same("400 validation_failed", events(event("t3", "s", ",\"ts\":\"2026-01-01T00:00:00.0000001Z\"")));
        same("400 validation_failed", events(event("t4", "s", ",\"ts\":\"2026-01-01T00:00:00+01:00\"")));
        same("201 -", events(event("n1", "s", ",\"data\":{\"n\":18014398509481984,\"x\":1e308,\"y\":-0,\"z\":5e-324}")));
        // a number that would read back as another value is refused, never rounded (docs/HTTP.md)
        String[] inexact = {"123456789012345678901234567890", "1e-400", "9007199254740993", "-9007199254740993",
            "9223372036854775807", "-9223372036854775809"};
        for (int i = 0; i < inexact.length; i++) {
            same("400 validation_failed", events(event("x" + i, "s", ",\"data\":{\"n\":" + inexact[i] + "}")));
            same("400 validation_failed", run("x" + i, "\"args\":{\"n\":" + inexact[i] + "}"));
        }
        same("400 malformed_json", events(event("n2", "s", ",\"data\":{\"x\":1e309}")));
        // args sits at depth 1 of the body, so 63 nested arrays reach the nesting limit (64) and 64 pass it
        same("201 -", run("n3", "\"args\":{\"deep\":" + "[".repeat(63) + "]".repeat(63) + "}"));
        same("400 malformed_json", run("n4", "\"args\":{\"deep\":" + "[".repeat(64) + "]".repeat(64) + "}"));
    }

    @Test
    void aNulCharacterInTextIsTheOneDocumentedDifference() {
        RawRequest nulInMessage = events(event("z1", "s", ",\"message\":\"a\\u0000b\""));
        Map<Backend, String> answers = SameAnswers.ask(nulInMessage);
        REQUESTS.incrementAndGet();
        assertEquals("201 -", answers.get(Backend.SQLITE), answers::toString);
        assertEquals("201 -", answers.get(Backend.JSON), answers::toString);
        assertEquals(SameAnswers.POSTGRES_NUL_REFUSAL, answers.get(Backend.POSTGRES), "docs/POSTGRES.md: " + answers);
        assertTrue(SameAnswers.isDocumentedNulDifference(nulInMessage, answers));
        same("201 -", events(event("z2", "s", ",\"data\":{\"text\":\"a\\u0000b\"}")));
    }

    @AfterAll
    static void record() {
        Figures.record("hostile", "same answer on every backend, sqlite / json / postgres",
                "edge requests: text at and over the limits (git_sha, labels, scope; incompressible), batches with two "
                        + "problems, retries and conflicts, timestamp and number ranges, U+0000",
                REQUESTS.get(), "every request answered alike on the three backends",
                "0 differences other than PostgreSQL's documented U+0000 refusal (1 request)");
    }

    private static void same(String expected, RawRequest request) {
        REQUESTS.incrementAndGet();
        SameAnswers.requireEverywhere(expected, request);
    }

    private static RawRequest run(String id, String fields) {
        return write("POST", "/v1/runs", "{\"run_id\":\"" + STEM + "-" + id + "\"" + (fields.isEmpty() ? "" : "," + fields) + "}");
    }

    private static RawRequest events(String... events) {
        return write("POST", "/v1/audit", "{\"events\":[" + String.join(",", events) + "]}");
    }

    /** An info event; {@code more} adds fields (with a leading comma) and may replace the message. */
    private static String event(String id, String scope, String more) {
        String message = more.contains("\"message\"") ? "" : ",\"message\":\"m\"";
        return "{\"event_id\":\"" + STEM + "-" + id + "\",\"level\":\"info\",\"scope\":\"" + scope + "\",\"event\":\"e\""
                + message + more + "}";
    }

    private static RawRequest write(String method, String target, String body) {
        return RawRequest.of(method, target).json(body).bearer(Tokens.ADMIN);
    }

    private static String noise(int length) {
        Random random = new Random(20261121L);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }
}
