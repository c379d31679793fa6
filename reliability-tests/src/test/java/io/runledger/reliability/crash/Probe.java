package io.runledger.reliability.crash;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** One request from the test thread itself, answered with its status and body (problem details parsed). */
record Probe(int status, String contentType, JsonNode body) {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static Probe get(URI uri) {
        return send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(90)).GET().build());
    }

    static Probe post(URI uri, String json) {
        return send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(90)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static Probe send(HttpRequest request) {
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isEmpty() ? EventSource.JSON.nullNode() : EventSource.JSON.readTree(response.body());
            return new Probe(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), body);
        } catch (IOException e) {
            throw new AssertionError(request.method() + " " + request.uri() + " got no answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** The problem's reason code, or "" when there is none. */
    String reason() {
        return body.path("reason").asText("");
    }

    @Override
    public String toString() {
        return status + " " + contentType + " " + body;
    }
}
