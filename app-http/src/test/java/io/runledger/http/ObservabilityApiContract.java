package io.runledger.http;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.runledger.testing.http.HttpReply;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /metrics}, the probes and request ids on a live store: the scrape is valid Prometheus text
 * (checked by {@code promtool check metrics}), its counters move with traffic, routes are templates,
 * and every problem carries the request's id.
 */
abstract class ObservabilityApiContract extends ApiContract {
    private String backendTag() {
        return "backend=\"" + fixture.backend() + "\"";
    }

    private MetricsScrape scrape() {
        HttpReply reply = api.get("/metrics");
        assertEquals(200, reply.status(), reply::toString);
        assertEquals("text/plain", reply.mediaType());
        return MetricsScrape.of(reply.body());
    }

    @Test
    void metricsArePrometheusTextThatPromtoolAccepts() {
        api.get("/v1/runs");
        MetricsScrape scrape = scrape();

        Assumptions.assumeTrue(MetricsScrape.PROMTOOL.isPresent(),
                "promtool is not installed (Debian package prometheus); the scrape's format is not checked");
        scrape.validate(MetricsScrape.PROMTOOL.orElseThrow());
    }

    @Test
    void requestCountersAndLatencyHistogramsMoveWithTrafficByRouteTemplate() {
        String runId = id("metrics-run");
        String created = "http_server_requests_seconds_count{method=\"POST\",route=\"/v1/runs\",status=\"201\"}";
        String fetched = "http_server_requests_seconds_count{method=\"GET\",route=\"/v1/runs/{run_id}\",status=\"200\"}";
        String fastest = "http_server_requests_seconds_bucket{method=\"POST\",route=\"/v1/runs\",status=\"201\",le=\"0.001\"}";
        String slowest = "http_server_requests_seconds_bucket{method=\"POST\",route=\"/v1/runs\",status=\"201\",le=\"10.0\"}";
        MetricsScrape before = scrape();

        assertEquals(201, api.post("/v1/runs", "{\"run_id\":\"" + runId + "\"}").status());
        assertEquals(200, api.get("/v1/runs/" + runId).status());
        assertEquals(200, api.get("/v1/runs/" + runId).status());
        MetricsScrape after = scrape();

        assertEquals(before.value(created) + 1, after.value(created), after::text);
        assertEquals(before.value(fetched) + 2, after.value(fetched), after::text);
        assertTrue(after.samples().containsKey(fastest), "a 1 ms bucket");
        assertEquals(before.value(slowest) + 1, after.value(slowest), "a 10 s bucket that holds the request");
        assertEquals(before.value("runledger_runs_stored_total{" + backendTag() + "}") + 1,
                after.value("runledger_runs_stored_total{" + backendTag() + "}"), after::text);
        assertFalse(after.text().contains(runId), "a run id never becomes a label: routes are templates");
    }

    @Test
    void groupCommitsEventsAndTheStoreAreMeasured() {
        String runId = id("metrics-audit");
        assertEquals(201, api.post("/v1/runs", "{\"run_id\":\"" + runId + "\"}").status());
        String events = "runledger_audit_events_appended_total{" + backendTag() + "}";
        String commits = "runledger_audit_commit_seconds_count{" + backendTag() + "}";
        String batches = "runledger_audit_commit_batch_events_count{" + backendTag() + "}";
        MetricsScrape before = scrape();

        HttpReply appended = api.post("/v1/audit", "{\"events\":[" + event(runId) + "," + event(runId) + "," + event(runId) + "]}");
        assertEquals(201, appended.status(), appended::toString);
        MetricsScrape after = scrape();

        assertEquals(before.value(events) + 3, after.value(events), after::text);
        assertTrue(after.value(commits) >= before.value(commits) + 1, after::text);
        assertTrue(after.value(batches) >= before.value(batches) + 1, after::text);
        int head = runtime.admin().status().schemaHead();
        assertEquals(head, after.value("runledger_schema_version{" + backendTag() + "}"));
        assertEquals(head, after.value("runledger_schema_head{" + backendTag() + "}"));
        assertEquals(1, after.value("runledger_store_ready{" + backendTag() + "}"));
        assertTrue(after.value("runledger_store_size_bytes{" + backendTag() + "}") > 0, after::text);
        assertTrue(after.has("runledger_store_pool_connections") || fixture.backend().equals("json"),
                "the SQL stores report their pools");
        assertTrue(after.has("jvm_memory_used_bytes") && after.has("process_cpu_usage") && after.has("jvm_threads_live_threads"));
    }

    @Test
    void probesAnswerWithoutAToken() {
        HttpReply live = api.withToken(Optional.empty()).get("/livez");
        HttpReply ready = api.withToken(Optional.empty()).get("/readyz");

        assertEquals(200, live.status(), live::toString);
        assertEquals("ok", live.json().path("status").asText());
        assertEquals(200, ready.status(), ready::toString);
        assertEquals(fixture.backend(), ready.json().path("store_backend").asText());
    }

    @Test
    void aSaneRequestIdIsEchoedAndAnyOtherReplaced() {
        HttpReply kept = api.withHeader("X-Request-Id", "ci-job-42:step.7_a").get("/v1/runs/" + id("missing"));
        HttpReply replaced = api.withHeader("X-Request-Id", "no spaces/or slashes").get("/v1/runs/" + id("missing"));
        HttpReply generated = api.get("/livez");

        assertProblem(kept, 404, "run_not_found");
        assertEquals("ci-job-42:step.7_a", kept.header("X-Request-Id").orElseThrow());
        assertEquals("ci-job-42:step.7_a", kept.text("request_id"));
        String fresh = replaced.header("X-Request-Id").orElseThrow();
        assertNotEquals("no spaces/or slashes", fresh);
        assertEquals(fresh, replaced.text("request_id"));
        assertTrue(generated.header("X-Request-Id").orElseThrow().matches("[A-Za-z0-9._:-]{1,64}"));
    }

    @Test
    void eachRequestWritesOneAccessLineWithItsIdRouteStatusBytesAndNoRawPath() {
        Logger access = (Logger) LoggerFactory.getLogger(RequestLog.LOGGER);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        Level level = access.getLevel();
        access.setLevel(Level.INFO);
        lines.start();
        access.addAppender(lines);
        try {
            String missing = id("access-missing");
            HttpReply reply = api.withHeader("X-Request-Id", "access-42").get("/v1/runs/" + missing + "?secret=1");

            ILoggingEvent line = await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(10))
                    .until(() -> lines.list.stream().filter(e -> "access-42".equals(e.getMDCPropertyMap().get("request_id")))
                            .findFirst(), Optional::isPresent).orElseThrow();
            String message = line.getFormattedMessage();
            assertTrue(message.startsWith("GET /v1/runs/{run_id} 404 "), message);
            assertTrue(message.contains(" " + reply.body().getBytes(StandardCharsets.UTF_8).length + " bytes "), message);
            assertFalse(message.contains(missing) || message.contains("secret"), message);
            assertEquals(List.of("method", "route", "status", "duration_ms", "bytes", "role"),
                    line.getKeyValuePairs().stream().map(pair -> pair.key).toList());
        } finally {
            access.detachAppender(lines);
            access.setLevel(level);
        }
    }

    private static String event(String runId) {
        return "{\"run_id\":\"" + runId + "\",\"level\":\"info\",\"scope\":\"metrics\",\"event\":\"e\",\"message\":\"m\"}";
    }
}
