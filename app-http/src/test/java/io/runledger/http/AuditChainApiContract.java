package io.runledger.http;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.runledger.bootstrap.AuditSettings;
import io.runledger.testing.http.HttpReply;
import io.runledger.testing.http.TestHttpClient;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The audit chain over HTTP: {@code GET /v1/audit/head} (read role) gives {@code {seq, chain, ts}}, and
 * {@code GET /v1/store} shows the head with the server's own last verification, which a request starts
 * again in the background once it is {@code audit.verify_max_age_ms} old (0 here: every request may).
 */
abstract class AuditChainApiContract extends ApiContract {
    private static final String READ = "chain-read-token-0123";
    private static final String WRITE = "chain-write-token-0123";

    @Override
    protected AccessTokens tokens() {
        return AccessTokens.parse("read:" + READ + ",write:" + WRITE, "test");
    }

    @Override
    protected Optional<String> clientToken() {
        return Optional.of(READ);
    }

    @Override
    protected HttpSettings settings() {
        return super.settings().withAudit(new AuditSettings(Duration.ofSeconds(2), Duration.ZERO));
    }

    private JsonNode appendThree(String scope) {
        HttpReply appended = api.withToken(Optional.of(WRITE)).post("/v1/audit", "{\"events\":["
                + "{\"level\":\"info\",\"scope\":\"" + scope + "\",\"event\":\"e\",\"message\":\"one\"},"
                + "{\"level\":\"info\",\"scope\":\"" + scope + "\",\"event\":\"e\",\"message\":\"two\"},"
                + "{\"level\":\"info\",\"scope\":\"" + scope + "\",\"event\":\"e\",\"message\":\"three\"}]}");
        assertEquals(201, appended.status(), appended::toString);
        return appended.json().path("items");
    }

    @Test
    void theHeadMovesWithEachAppendAndNamesTheTimeOfTheLastEvent() {
        JsonNode before = api.get("/v1/audit/head").json();
        JsonNode appended = appendThree(id("head"));

        HttpReply head = api.get("/v1/audit/head");

        assertEquals(200, head.status(), head::toString);
        assertEquals(before.path("seq").asLong() + 3, head.json().path("seq").asLong(), head::toString);
        assertEquals(appended.get(2).path("ts").asText(), head.json().path("ts").asText());
        assertTrue(head.json().path("chain").asText().matches("[0-9a-f]{64}"), head::toString);
        assertProblem(TestHttpClient.toLoopback(server.port()).get("/v1/audit/head"), 401, "unauthorized");
        assertProblem(api.get("/v1/audit/head?seq=1"), 400, "validation_failed");
    }

    @Test
    void theStoreSummaryShowsTheServersLastVerificationReachingTheHead() {
        appendThree(id("verified"));
        long seq = api.get("/v1/audit/head").json().path("seq").asLong();

        JsonNode chain = await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> api.get("/v1/store").json().path("audit_chain"),
                        c -> c.path("last_verification").path("through").asLong() >= seq);

        JsonNode last = chain.path("last_verification");
        assertEquals("intact", last.path("result").asText(), chain::toString);
        assertEquals(last.path("through").asLong(), last.path("head_seq").asLong(), chain::toString);
        assertTrue(last.path("broken").isNull(), chain::toString);
        assertTrue(last.path("finished_at").asText().endsWith("Z"), chain::toString);
        assertTrue(chain.path("head").path("seq").asLong() >= seq, chain::toString);
    }
}
