package io.runledger.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.runledger.format.json.Json;
import io.runledger.format.record.ConfigHash;
import io.runledger.testing.http.HttpReply;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@code /v1/runs}: create, retry, read, finish, list with filters and cursors. */
abstract class RunsApiContract extends ApiContract {
    @Test
    void createsARunInStatusRunningWithTheConfigHashComputed() {
        String runId = id("run");
        HttpReply created = api.post("/v1/runs", "{\"run_id\":\"" + runId + "\",\"args\":{\"b\":1,\"a\":[true,null]},"
                + "\"git_sha\":\"abc123\",\"config\":{\"z\":1,\"y\":\"two\"},\"labels\":{\"env\":\"prod\"}}");

        assertEquals(201, created.status(), created::toString);
        JsonNode run = created.json();
        assertEquals(runId, run.path("run_id").asText());
        assertEquals("running", run.path("status").asText());
        assertEquals("{\"a\":[true,null],\"b\":1}", run.path("args").toString());
        assertEquals("abc123", run.path("git_sha").asText());
        assertEquals(ConfigHash.of(Json.canonicalObject("{\"y\":\"two\",\"z\":1}")), run.path("config_hash").asText());
        assertTrue(run.path("finished_at").isNull());
        assertEquals("prod", run.path("labels").path("env").asText());
        assertEquals(Optional.of("/v1/runs/" + runId), created.location());
        assertEquals(created.body(), api.get("/v1/runs/" + runId).body());
    }

    @Test
    void aMissingRunIdIsGeneratedAndArgsDefaultToAnEmptyObject() {
        HttpReply created = api.post("/v1/runs", "{}");

        assertEquals(201, created.status(), created::toString);
        assertEquals(26, created.text("run_id").length());
        assertEquals("{}", created.json().path("args").toString());
        assertTrue(created.json().path("config_hash").isNull());
    }

    @Test
    void creatingTheSameRunAgainReturnsTheStoredRunAndOtherContentIsADuplicate() {
        String runId = id("retry");
        String body = "{\"run_id\":\"" + runId + "\",\"args\":{\"n\":1},\"labels\":{\"k\":\"v\"}}";
        HttpReply first = api.post("/v1/runs", body);
        HttpReply again = api.post("/v1/runs", "{\"labels\":{\"k\":\"v\"},\"args\":{\"n\":1.0},\"run_id\":\"" + runId + "\"}");
        HttpReply other = api.post("/v1/runs", "{\"run_id\":\"" + runId + "\",\"args\":{\"n\":2}}");

        assertEquals(201, first.status(), first::toString);
        assertEquals(200, again.status(), again::toString);
        assertEquals(first.body(), again.body());
        assertProblem(other, 409, "duplicate_id");
    }

    @Test
    void aConfigHashThatDisagreesWithTheConfigIsRefused() {
        HttpReply response = api.post("/v1/runs", "{\"config\":{\"a\":1},\"config_hash\":\"" + "0".repeat(64) + "\"}");

        assertProblem(response, 400, "validation_failed");
    }

    @Test
    void anUnknownRunIsNotFoundAndABadIdIsRefused() {
        assertProblem(api.get("/v1/runs/no-such-run"), 404, "run_not_found");
        assertProblem(api.get("/v1/runs/bad%20id"), 400, "validation_failed");
        assertProblem(api.patch("/v1/runs/no-such-run", "{\"status\":\"failed\"}"), 404, "run_not_found");
    }

    @Test
    void finishingARunSetsFinishedAtAndASecondFinishIsAnInvalidTransition() {
        String runId = api.post("/v1/runs", "{}").text("run_id");

        HttpReply finished = api.patch("/v1/runs/" + runId, "{\"status\":\"succeeded\"}");
        HttpReply again = api.patch("/v1/runs/" + runId, "{\"status\":\"failed\"}");

        assertEquals(200, finished.status(), finished::toString);
        assertEquals("succeeded", finished.text("status"));
        assertTrue(finished.json().path("finished_at").isTextual());
        assertProblem(again, 409, "invalid_status_transition");
        assertProblem(api.patch("/v1/runs/" + api.post("/v1/runs", "{}").text("run_id"), "{\"status\":\"running\"}"),
                409, "invalid_status_transition");
        assertProblem(api.patch("/v1/runs/" + runId, "{\"status\":\"done\"}"), 400, "validation_failed");
    }

    @Test
    void listsRunsByStatusAndLabelOnePageAtATime() {
        String label = id("batch");
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(api.post("/v1/runs", "{\"labels\":{\"batch\":\"" + label + "\"}}").text("run_id"));
        }
        api.patch("/v1/runs/" + created.get(0), "{\"status\":\"failed\"}");

        List<String> listed = new ArrayList<>();
        String path = "/v1/runs?label=batch=" + label + "&limit=2";
        int pages = 0;
        while (path != null) {
            HttpReply page = api.get(path);
            assertEquals(200, page.status(), page::toString);
            page.json().path("items").forEach(run -> listed.add(run.path("run_id").asText()));
            JsonNode next = page.json().path("next_cursor");
            path = next.isNull() ? null : "/v1/runs?label=batch=" + label + "&limit=2&cursor=" + next.asText();
            pages++;
        }
        HttpReply failed = api.get("/v1/runs?status=failed&label=batch%3D" + label);

        assertEquals(created.stream().sorted().toList(), listed);
        assertTrue(pages >= 3);
        assertEquals(1, failed.json().path("items").size());
        assertEquals(created.get(0), failed.json().path("items").get(0).path("run_id").asText());
    }

    @Test
    void everyListedPageIsByteForByteTheRunsReadByIdWithTheirCursor() {
        api.post("/v1/runs", "{}");
        api.post("/v1/runs", "{\"labels\":{\"batch\":\"" + id("batch") + "\"}}");
        api.post("/v1/runs", "{\"labels\":{" + IntStream.range(0, 30)
                .mapToObj(i -> "\"label-" + i + "\":\"value \\\" " + i + "\"").collect(Collectors.joining(",")) + "}}");

        String path = "/v1/runs?limit=3";
        int runs = 0;
        while (path != null) {
            HttpReply page = api.get(path);
            List<String> ids = new ArrayList<>();
            page.json().path("items").forEach(run -> ids.add(run.path("run_id").asText()));
            JsonNode next = page.json().path("next_cursor");
            String cursor = next.isNull() ? "null" : "\"" + Cursor.encode(ids.get(ids.size() - 1)) + "\"";
            String expected = "{\"items\":[" + ids.stream().map(id -> api.get("/v1/runs/" + id).body())
                    .collect(Collectors.joining(",")) + "],\"next_cursor\":" + cursor + "}";
            assertEquals(expected, page.body(), "a page is its runs as GET /v1/runs/{id} shows them, then the cursor after the last");
            runs += ids.size();
            path = next.isNull() ? null : "/v1/runs?limit=3&cursor=" + next.asText();
        }
        assertTrue(runs >= 3);
    }

    @Test
    void badListParametersAreRefused() {
        assertProblem(api.get("/v1/runs?cursor=***"), 400, "validation_failed");
        assertProblem(api.get("/v1/runs?cursor=" + "A".repeat(10)), 400, "validation_failed");
        assertProblem(api.get("/v1/runs?limit=0"), 400, "validation_failed");
        assertProblem(api.get("/v1/runs?limit=1001"), 400, "validation_failed");
        assertProblem(api.get("/v1/runs?limit=ten"), 400, "validation_failed");
        assertProblem(api.get("/v1/runs?status=paused"), 400, "validation_failed");
        assertProblem(api.get("/v1/runs?label=novalue"), 400, "validation_failed");
        assertProblem(api.get("/v1/runs?colour=red"), 400, "validation_failed");
        assertProblem(api.get("/v1/runs?limit=1&limit=2"), 400, "validation_failed");
        assertNotEquals(400, api.get("/v1/runs?limit=1000").status());
    }
}
