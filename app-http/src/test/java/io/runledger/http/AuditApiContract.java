package io.runledger.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.runledger.testing.http.HttpReply;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** {@code /v1/audit}: batch append (atomic, retry-safe by event_id) and queries with filters and cursors. */
abstract class AuditApiContract extends ApiContract {
    private static String event(String scope, String extra) {
        return "{\"level\":\"info\",\"scope\":\"" + scope + "\",\"event\":\"e\",\"message\":\"m\"" + extra + "}";
    }

    private List<JsonNode> all(String query) {
        List<JsonNode> events = new ArrayList<>();
        String cursor = "";
        do {
            HttpReply page = api.get("/v1/audit?" + query + "&limit=3" + cursor);
            assertEquals(200, page.status(), page::toString);
            page.json().path("items").forEach(events::add);
            JsonNode next = page.json().path("next_cursor");
            cursor = next.isNull() ? null : "&cursor=" + next.asText();
        } while (cursor != null);
        return events;
    }

    @Test
    void theQueryFindsEventsAcrossRunsByEventNameAndByTextInTheMessage() {
        String scope = id("search");
        String runA = id("run");
        String runB = id("run");
        api.post("/v1/runs", "{\"run_id\":\"" + runA + "\"}");
        api.post("/v1/runs", "{\"run_id\":\"" + runB + "\"}");
        api.post("/v1/audit", "{\"events\":["
                + "{\"level\":\"error\",\"scope\":\"" + scope + "\",\"event\":\"test.failed\",\"message\":\"PagingTest 100% broken\",\"run_id\":\"" + runA + "\"},"
                + "{\"level\":\"info\",\"scope\":\"" + scope + "\",\"event\":\"test.passed\",\"message\":\"pagingtest fine\",\"run_id\":\"" + runB + "\"},"
                + "{\"level\":\"error\",\"scope\":\"" + scope + "\",\"event\":\"test.failed\",\"message\":\"ExportTest broken\"}]}");

        assertEquals(List.of(runA, "null"), all("scope=" + scope + "&event=test.failed").stream()
                .map(e -> e.path("run_id").asText()).toList());
        assertEquals(List.of("PagingTest 100% broken"), all("scope=" + scope + "&text=100%25").stream()
                .map(e -> e.path("message").asText()).toList());
        assertEquals(List.of("pagingtest fine"), all("scope=" + scope + "&text=pagingtest").stream()
                .map(e -> e.path("message").asText()).toList(), "case-sensitive");
        assertEquals(2, all("scope=" + scope + "&text=broken").size());
        assertProblem(api.get("/v1/audit?text="), 400, "validation_failed");
    }

    @Test
    void appendsABatchAndFillsInIdsAndTimestamps() {
        String scope = id("scope");
        HttpReply appended = api.post("/v1/audit", "{\"events\":[" + event(scope, "") + ","
                + event(scope, ",\"data\":{\"z\":1,\"a\":{\"b\":[1,2]}},\"ts\":\"2026-11-21T10:00:00.123456Z\"") + "]}");

        assertEquals(201, appended.status(), appended::toString);
        JsonNode items = appended.json().path("items");
        assertEquals(2, items.size());
        assertEquals(26, items.get(0).path("event_id").asText().length());
        assertTrue(items.get(0).path("event_id").asText().compareTo(items.get(1).path("event_id").asText()) < 0);
        assertEquals("{}", items.get(0).path("data").toString());
        assertEquals("2026-11-21T10:00:00.123456Z", items.get(1).path("ts").asText());
        assertEquals("{\"a\":{\"b\":[1,2]},\"z\":1}", items.get(1).path("data").toString());
        assertEquals(2, all("scope=" + scope).size());
    }

    @Test
    void aRetryByEventIdStoresTheEventOnceEvenWithoutATimestamp() {
        String scope = id("retry");
        String batch = "{\"events\":[" + event(scope, ",\"event_id\":\"" + id("ev") + "\"") + "]}";

        HttpReply first = api.post("/v1/audit", batch);
        HttpReply again = api.post("/v1/audit", batch);
        HttpReply other = api.post("/v1/audit", batch.replace("\"message\":\"m\"", "\"message\":\"other\""));

        assertEquals(201, first.status(), first::toString);
        assertEquals(201, again.status(), again::toString);
        assertEquals(first.body(), again.body());
        assertProblem(other, 409, "duplicate_id");
        assertEquals(1, all("scope=" + scope).size());
    }

    @Test
    void aBatchWithAnUnknownRunStoresNothing() {
        String scope = id("atomic");
        HttpReply refused = api.post("/v1/audit", "{\"events\":[" + event(scope, "") + ","
                + event(scope, ",\"run_id\":\"no-such-run\"") + "]}");

        assertProblem(refused, 404, "run_not_found");
        assertEquals(0, all("scope=" + scope).size());
    }

    @Test
    void badEventsAreRefusedNamingTheEventAndField() {
        HttpReply badLevel = api.post("/v1/audit", "{\"events\":[" + event("s", "").replace("info", "loud") + "]}");
        HttpReply unknownField = api.post("/v1/audit", "{\"events\":[" + event("s", ",\"colour\":\"red\"") + "]}");
        HttpReply badTs = api.post("/v1/audit", "{\"events\":[" + event("s", ",\"ts\":\"yesterday\"") + "]}");

        assertProblem(badLevel, 400, "validation_failed");
        assertTrue(badLevel.text("detail").startsWith("events[0]:"), badLevel::toString);
        assertProblem(unknownField, 400, "validation_failed");
        assertTrue(unknownField.text("detail").contains("colour"), unknownField::toString);
        assertProblem(badTs, 400, "validation_failed");
        assertProblem(api.post("/v1/audit", "{\"events\":[]}"), 400, "validation_failed");
        assertProblem(api.post("/v1/audit", "{\"events\":{}}"), 400, "validation_failed");
        assertProblem(api.post("/v1/audit", "{\"events\":[42]}"), 400, "validation_failed");
        assertProblem(api.post("/v1/audit", "{}"), 400, "validation_failed");
    }

    @Test
    void queriesFilterByRunLevelScopeAndTime() {
        String runId = api.post("/v1/runs", "{}").text("run_id");
        String scope = id("filters");
        api.post("/v1/audit", "{\"events\":["
                + event(scope, ",\"ts\":\"2026-01-01T00:00:00.000000Z\"") + ","
                + event(scope, ",\"ts\":\"2026-01-02T00:00:00.000000Z\",\"run_id\":\"" + runId + "\"").replace("info", "error") + ","
                + event(scope, ",\"ts\":\"2026-01-03T00:00:00.000000Z\",\"run_id\":\"" + runId + "\"") + "]}");

        assertEquals(3, all("scope=" + scope).size());
        assertEquals(2, all("scope=" + scope + "&run_id=" + runId).size());
        assertEquals(1, all("scope=" + scope + "&level=error").size());
        assertEquals(2, all("scope=" + scope + "&since=2026-01-02T00:00:00.000000Z").size());
        assertEquals(1, all("scope=" + scope + "&until=2026-01-02T00:00:00.000000Z").size());
        assertProblem(api.get("/v1/audit?since=2026-01-02"), 400, "validation_failed");
        assertProblem(api.get("/v1/audit?level=loud"), 400, "validation_failed");
        assertProblem(api.get("/v1/audit?run_id=bad%20id"), 400, "validation_failed");
        assertProblem(api.get("/v1/audit?cursor=%2B%2B"), 400, "validation_failed");
    }

    @Test
    void pagingWhileAppendsContinueSeesEveryEarlierEventOnceInOrder() throws Exception {
        String scope = id("paging");
        StringBuilder batch = new StringBuilder("{\"events\":[");
        for (int i = 0; i < 40; i++) {
            batch.append(i == 0 ? "" : ",").append(event(scope, ""));
        }
        Set<String> before = new HashSet<>();
        api.post("/v1/audit", batch.append("]}").toString()).json().path("items")
                .forEach(e -> before.add(e.path("event_id").asText()));
        AtomicBoolean stop = new AtomicBoolean();
        CompletableFuture<Integer> appender = CompletableFuture.supplyAsync(() -> {
            int appended = 0;
            while (!stop.get() && appended < 200) {
                assertEquals(201, api.post("/v1/audit", "{\"events\":[" + event(scope, "") + "]}").status());
                appended++;
            }
            return appended;
        });

        List<String> seen = new ArrayList<>();
        all("scope=" + scope).forEach(e -> seen.add(e.path("event_id").asText()));
        stop.set(true);
        appender.get();

        assertEquals(seen.stream().sorted().distinct().toList(), seen);
        assertTrue(seen.containsAll(before));
    }
}
