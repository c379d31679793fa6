package io.runledger.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.runledger.testing.http.HttpReply;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code /v1/runs/{run_id}/steps}: add, retry, move through the status machine, list. */
abstract class StepsApiContract extends ApiContract {
    private String newRun() {
        return api.post("/v1/runs", "{}").text("run_id");
    }

    @Test
    void addsAPendingStepAndARetryReturnsIt() {
        String runId = newRun();
        HttpReply added = api.post("/v1/runs/" + runId + "/steps", "{\"step_id\":\"build\",\"name\":\"Build it\"}");
        HttpReply again = api.post("/v1/runs/" + runId + "/steps", "{\"name\":\"Build it\",\"step_id\":\"build\"}");
        HttpReply other = api.post("/v1/runs/" + runId + "/steps", "{\"step_id\":\"build\",\"name\":\"Test it\"}");

        assertEquals(201, added.status(), added::toString);
        JsonNode step = added.json();
        assertEquals("pending", step.path("status").asText());
        assertEquals("{}", step.path("stats").toString());
        assertTrue(step.path("started_at").isNull());
        assertEquals(200, again.status(), again::toString);
        assertEquals(added.body(), again.body());
        assertProblem(other, 409, "duplicate_id");
        assertEquals(26, api.post("/v1/runs/" + runId + "/steps", "{\"name\":\"generated\"}").text("step_id").length());
    }

    @Test
    void aStepOfAnUnknownRunIsNotFound() {
        assertProblem(api.post("/v1/runs/no-such-run/steps", "{\"name\":\"x\"}"), 404, "run_not_found");
        assertProblem(api.get("/v1/runs/no-such-run/steps"), 404, "run_not_found");
        assertProblem(api.patch("/v1/runs/no-such-run/steps/s", "{\"status\":\"running\"}"), 404, "run_not_found");
        assertProblem(api.patch("/v1/runs/" + newRun() + "/steps/no-such-step", "{\"status\":\"running\"}"),
                404, "step_not_found");
    }

    @Test
    void transitionsSetTheirTimesAndReplaceStats() {
        String runId = newRun();
        String path = "/v1/runs/" + runId + "/steps/s1";
        api.post("/v1/runs/" + runId + "/steps", "{\"step_id\":\"s1\",\"name\":\"one\"}");

        HttpReply running = api.patch(path, "{\"status\":\"running\"}");
        HttpReply done = api.patch(path, "{\"status\":\"succeeded\",\"stats\":{\"rows\":42,\"a\":\"b\"}}");

        assertEquals(200, running.status(), running::toString);
        assertTrue(running.json().path("started_at").isTextual());
        assertTrue(running.json().path("finished_at").isNull());
        assertEquals(200, done.status(), done::toString);
        assertEquals(running.text("started_at"), done.text("started_at"));
        assertTrue(done.json().path("finished_at").isTextual());
        assertEquals("{\"a\":\"b\",\"rows\":42}", done.json().path("stats").toString());
        assertProblem(api.patch(path, "{\"status\":\"running\"}"), 409, "invalid_status_transition");
    }

    @Test
    void aPendingStepMayBeSkippedButNotFinished() {
        String runId = newRun();
        api.post("/v1/runs/" + runId + "/steps", "{\"step_id\":\"a\",\"name\":\"a\"}");
        api.post("/v1/runs/" + runId + "/steps", "{\"step_id\":\"b\",\"name\":\"b\"}");

        assertProblem(api.patch("/v1/runs/" + runId + "/steps/a", "{\"status\":\"succeeded\"}"), 409, "invalid_status_transition");
        assertEquals("skipped", api.patch("/v1/runs/" + runId + "/steps/b", "{\"status\":\"skipped\"}").text("status"));
        assertProblem(api.patch("/v1/runs/" + runId + "/steps/a", "{\"status\":\"later\"}"), 400, "validation_failed");
        assertProblem(api.patch("/v1/runs/" + runId + "/steps/a", "{\"status\":\"running\",\"stats\":[1]}"), 400, "validation_failed");
    }

    @Test
    void listsTheStepsOfARunInStepIdOrderOnePageAtATime() {
        String runId = newRun();
        for (String stepId : List.of("c", "a", "e", "b", "d")) {
            api.post("/v1/runs/" + runId + "/steps", "{\"step_id\":\"" + stepId + "\",\"name\":\"" + stepId + "\"}");
        }
        List<String> listed = new ArrayList<>();
        String cursor = "";
        do {
            HttpReply page = api.get("/v1/runs/" + runId + "/steps?limit=2" + cursor);
            assertEquals(200, page.status(), page::toString);
            page.json().path("items").forEach(step -> listed.add(step.path("step_id").asText()));
            JsonNode next = page.json().path("next_cursor");
            cursor = next.isNull() ? null : "&cursor=" + next.asText();
        } while (cursor != null);

        assertEquals(List.of("a", "b", "c", "d", "e"), listed);
        assertProblem(api.get("/v1/runs/" + runId + "/steps?status=pending"), 400, "validation_failed");
    }
}
