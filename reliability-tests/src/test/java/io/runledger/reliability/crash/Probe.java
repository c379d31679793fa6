package io.runledger.reliability.crash;

import com.fasterxml.jackson.databind.JsonNode;
import io.runledger.testing.http.HttpReply;
import io.runledger.testing.http.TestHttpClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.function.Function;

/** One request from the test thread itself, answered with its status and body (problem details parsed). */
record Probe(int status, String contentType, JsonNode body) {
    static Probe get(URI uri) {
        return send(uri, client -> client.get(uri.toString()));
    }

    static Probe post(URI uri, String json) {
        return send(uri, client -> client.post(uri.toString(), json));
    }

    private static Probe send(URI uri, Function<TestHttpClient, HttpReply> request) {
        try {
            HttpReply response = request.apply(TestHttpClient.to(uri).withTimeout(Duration.ofSeconds(90)));
            JsonNode body = response.body().isEmpty() ? EventSource.JSON.nullNode() : EventSource.JSON.readTree(response.body());
            return new Probe(response.status(), response.contentType().orElse(""), body);
        } catch (UncheckedIOException e) {
            throw new AssertionError(e.getMessage(), e);
        } catch (IOException e) {
            throw new AssertionError("not JSON from " + uri + ": " + e, e);
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
