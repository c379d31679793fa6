package io.runledger.testing.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** What the server answered: status, headers (names in lower case) and the body bytes. */
public record RawReply(int status, Map<String, String> headers, byte[] body) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** A header's value (the first one), by case-insensitive name. */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The body as UTF-8 text. */
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The body parsed as JSON; an assertion failure if it is not JSON. */
    public JsonNode json() {
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("the body is not JSON: " + abbreviated(), e);
        }
    }

    /** Status, content type and the start of the body, for assertion messages. */
    public String abbreviated() {
        String text = text();
        return status + " " + header("content-type").orElse("(no content type)") + " "
                + (text.length() > 500 ? text.substring(0, 500) + "…" : text);
    }
}
