package io.runledger.reliability.disk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;

    AuditHttp(URI base) {
        this.base = base;
    }

    Answer append(String body) {
        return send(HttpRequest.newBuilder(base.resolve("/v1/audit")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Every stored event id, following next_cursor; fails on anything but 200. */
    List<String> allIds() {
        List<String> ids = new ArrayList<>();
        String cursor = "";
        do {
            Answer page = send(HttpRequest.newBuilder(base.resolve("/v1/audit?limit=1000"
                    + (cursor.isEmpty() ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)))).GET());
            if (page.status() != 200) {
                throw new AssertionError("GET /v1/audit answered " + page.status() + ": " + page.body());
            }
            JsonNode json = page.json();
            json.get("items").forEach(event -> ids.add(event.get("event_id").asText()));
            cursor = json.path("next_cursor").isTextual() ? json.get("next_cursor").asText() : "";
        } while (!cursor.isEmpty());
        return ids;
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
