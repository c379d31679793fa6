package io.runledger.reliability.hostile;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.runledger.testing.http.RawRequest;

/**
 * A request every endpoint accepts (2xx) in a {@link TryContext}: the starting point each mutation
 * works from. Checked in the fuzz itself — an unmutated request that is refused fails the property.
 */
public final class ValidRequests {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private ValidRequests() {
    }

    /** The valid request for {@code endpoint}; bodies have several events so a batch can be split. */
    public static RawRequest of(Endpoint endpoint, TryContext context) {
        String path = endpoint.path(context.runId(), context.stepId());
        return switch (endpoint) {
            case HEALTH, LIVEZ, READYZ, METRICS, OPENAPI, GET_RUN, AUDIT_HEAD, STORE, STORE_CHECK -> RawRequest.of("GET", path);
            case RUN_STATS -> RawRequest.of("GET", path + "?from=2020-01-01T00:00:00.000000Z&to=2100-01-01T00:00:00.000000Z"
                    + "&label=env=fuzz&group_by=env&max_points=5");
            case LIST_RUNS -> RawRequest.of("GET", path + "?status=running&label=env=fuzz&limit=5"
                    + (context.cursor().isEmpty() ? "" : "&cursor=" + context.cursor()));
            case LIST_STEPS -> RawRequest.of("GET", path + "?limit=5");
            case LIST_AUDIT -> RawRequest.of("GET", path + "?run_id=" + context.runId()
                    + "&level=info&scope=fuzz&since=2020-01-01T00:00:00.000000Z&until=2100-01-01T00:00:00.000000Z&limit=50");
            case CREATE_RUN -> RawRequest.of("POST", path).json(run(context.unique()).toString());
            case FINISH_RUN -> RawRequest.of("PATCH", path).json("{\"status\":\"succeeded\"}");
            case ADD_STEP -> RawRequest.of("POST", path).json(MAPPER.createObjectNode()
                    .put("step_id", "s-" + context.unique()).put("name", "compile").toString());
            case MOVE_STEP -> RawRequest.of("PATCH", path).json(MAPPER.createObjectNode().put("status", "running")
                    .set("stats", MAPPER.createObjectNode().put("n", 1).put("ok", true)).toString());
            case APPEND_AUDIT -> RawRequest.of("POST", path).json(batch(context).toString());
        };
    }

    /** A run body with every field set, labels {@code env=fuzz}. */
    static ObjectNode run(String id) {
        ObjectNode run = MAPPER.createObjectNode().put("run_id", "fz-" + id);
        run.set("args", MAPPER.createObjectNode().put("n", 1).put("name", "x"));
        run.put("git_sha", "0123456789abcdef0123456789abcdef01234567");
        run.set("config", MAPPER.createObjectNode().put("k", "v"));
        run.set("labels", MAPPER.createObjectNode().put("env", "fuzz"));
        return run;
    }

    private static ObjectNode batch(TryContext context) {
        ArrayNode events = MAPPER.createArrayNode();
        for (int i = 0; i < 4; i++) {
            ObjectNode event = events.addObject().put("event_id", "ev-" + context.unique() + "-" + i)
                    .put("level", "info").put("scope", "fuzz").put("event", "step.done")
                    .put("message", "event " + i).put("run_id", context.runId())
                    .put("ts", "2026-11-21T10:00:00.00000" + i + "Z");
            event.set("data", MAPPER.createObjectNode().put("i", i));
        }
        ObjectNode body = MAPPER.createObjectNode();
        body.set("events", events);
        return body;
    }
}
