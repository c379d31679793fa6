package io.runledger.reliability.soak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.io.IOException;

/**
 * The answer to one request: its status and body, how long the answering attempt took, and whether
 * earlier attempts ended in a connection error (so the write may already have been stored).
 */
public record Reply(int status, String body, long nanos, boolean retried) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The body as JSON. */
    public JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON (" + status + "): " + body, e);
        }
    }

    /** The {@code reason} of a problem body, or "" when there is none. */
    public String reason() {
        try {
            return JSON.readTree(body).path("reason").asText("");
        } catch (IOException e) {
            return "";
        }
    }
}
