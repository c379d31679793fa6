package io.runledger.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/** One live exchange with the server, as the OpenAPI check and the assertions see it. */
record ApiResponse(String method, String path, int status, Optional<String> contentType, String body,
                   Optional<String> wwwAuthenticate, Optional<String> location) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    JsonNode json() {
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + body, e);
        }
    }

    String text(String field) {
        return json().path(field).asText();
    }

    String reason() {
        return json().path("reason").asText();
    }

    /** The media type without parameters, e.g. {@code application/problem+json}. */
    String mediaType() {
        return contentType.map(type -> type.split(";")[0].strip()).orElse("");
    }

    @Override
    public String toString() {
        return method + " " + path + " -> " + status + " " + contentType.orElse("(no content type)") + " " + body;
    }
}
