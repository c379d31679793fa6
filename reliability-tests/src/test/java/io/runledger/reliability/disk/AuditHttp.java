package io.runledger.reliability.disk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.runledger.testing.http.HttpReply;
import io.runledger.testing.http.TestHttpClient;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** {@code POST /v1/audit} and paging through {@code GET /v1/audit} of one serve child. */
final class AuditHttp {
    static final ObjectMapper JSON = new ObjectMapper();

    /** One answer: its status, content type and body. */
    record Answer(int status, String contentType, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }

        /** The ids of the events a 201 answer says were stored. */
        List<String> storedIds() {
            List<String> ids = new ArrayList<>();
            json().get("items").forEach(event -> ids.add(event.get("event_id").asText()));
            return ids;
        }
    }

    private final TestHttpClient client;

    AuditHttp(URI base) {
        this.client = TestHttpClient.to(base).withTimeout(Duration.ofSeconds(60));
    }

    Answer append(String body) {
        return answer(client.post("/v1/audit", body));
    }

    /** Every stored event id, following next_cursor; fails on anything but 200. */
    List<String> allIds() {
        List<String> ids = new ArrayList<>();
        String cursor = "";
        do {
            Answer page = answer(client.get("/v1/audit?limit=1000"
                    + (cursor.isEmpty() ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8))));
            if (page.status() != 200) {
                throw new AssertionError("GET /v1/audit answered " + page.status() + ": " + page.body());
            }
            JsonNode json = page.json();
            json.get("items").forEach(event -> ids.add(event.get("event_id").asText()));
            cursor = json.path("next_cursor").isTextual() ? json.get("next_cursor").asText() : "";
        } while (!cursor.isEmpty());
        return ids;
    }

    private static Answer answer(HttpReply reply) {
        return new Answer(reply.status(), reply.contentType().orElse(""), reply.body());
    }
}
