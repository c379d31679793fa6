package io.runledger.reliability.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.runledger.testing.http.RawReply;
import io.runledger.testing.http.RawRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads everything a hostile-input server's store holds through the API and compares it with what the
 * server acknowledged: equal sets mean no refused request left anything behind (no partial batch) and
 * no acknowledged write is missing. Returns the numbers found, for the figures.
 */
public final class StoreLedger {
    /** What the store held when reconciled. */
    public record Counts(int runs, int steps, int events) {
    }

    private StoreLedger() {
    }

    /** Asserts the store holds exactly the acknowledged runs, steps and events; returns their numbers. */
    public static Counts reconcile(HostileServer server) {
        Set<String> runs = new HashSet<>(list(server, "/v1/runs", item -> item.get("run_id").asText()));
        Set<String> steps = new HashSet<>();
        for (String run : runs) {
            steps.addAll(list(server, "/v1/runs/" + run + "/steps",
                    item -> item.get("run_id").asText() + "/" + item.get("step_id").asText()));
        }
        List<String> eventList = list(server, "/v1/audit", item -> item.get("event_id").asText());
        Set<String> events = new HashSet<>(eventList);
        assertEquals(eventList.size(), events.size(), server.backend() + ": an event is listed twice");
        assertEquals(server.acknowledgedRuns(), runs, server.backend() + ": stored runs differ from acknowledged ones");
        assertEquals(server.acknowledgedSteps(), steps, server.backend() + ": stored steps differ from acknowledged ones");
        assertEquals(server.acknowledgedEvents(), events,
                server.backend() + ": stored events differ from acknowledged ones (a partial or lost batch)");
        return new Counts(runs.size(), steps.size(), events.size());
    }

    private static List<String> list(HostileServer server, String path, Function<JsonNode, String> id) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            String target = path + "?limit=1000" + (cursor == null ? ""
                    : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            RawReply reply = server.send(RawRequest.of("GET", target).bearer(Tokens.READ));
            assertEquals(200, reply.status(), () -> "GET " + target + ": " + reply.abbreviated());
            JsonNode page = reply.json();
            page.get("items").forEach(item -> ids.add(id.apply(item)));
            cursor = page.get("next_cursor").isNull() ? null : page.get("next_cursor").asText();
        } while (cursor != null);
        return ids;
    }
}
