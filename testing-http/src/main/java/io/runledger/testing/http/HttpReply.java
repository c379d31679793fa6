package io.runledger.testing.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One answer of the server to one request: the request's method and path, the status, the headers
 * (names compared without case) and the body as text.
 */
public record HttpReply(String method, String path, int status, Map<String, List<String>> headers, String body) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public HttpReply {
        Map<String, List<String>> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> byName.put(name, List.copyOf(values)));
        headers = Collections.unmodifiableMap(byName);
    }

    /** The first value of header {@code name}, if the answer has it. */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name)).flatMap(values -> values.stream().findFirst());
    }

    public Optional<String> contentType() {
        return header("Content-Type");
    }

    public Optional<String> wwwAuthenticate() {
        return header("WWW-Authenticate");
    }

    public Optional<String> location() {
        return header("Location");
    }

    /** The media type without parameters, e.g. {@code application/problem+json}; "" without one. */
    public String mediaType() {
        return contentType().map(type -> type.split(";")[0].strip()).orElse("");
    }

    /** The body parsed as JSON; fails the test when it is not JSON. */
    public JsonNode json() {
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON (" + status + "): " + body, e);
        }
    }

    /** A top-level member of a JSON body as text ("" when absent). */
    public String text(String field) {
        return json().path(field).asText();
    }

    /** The reason code of a problem answer ("" when there is none). */
    public String reason() {
        return json().path("reason").asText();
    }

    /** The same answer with another status, e.g. to prove a check refuses what the document does not allow. */
    public HttpReply withStatus(int other) {
        return new HttpReply(method, path, other, headers, body);
    }

    /** The same answer with another body. */
    public HttpReply withBody(String other) {
        return new HttpReply(method, path, status, headers, other);
    }

    @Override
    public String toString() {
        return method + " " + path + " -> " + status + " " + contentType().orElse("(no content type)") + " " + body;
    }
}
