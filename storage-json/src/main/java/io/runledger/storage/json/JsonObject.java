package io.runledger.storage.json;

import java.util.Map;

/**
 * A parsed JSON object with its members in source order and its exact source text, so that nested
 * objects ({@code args}, {@code stats}, {@code data}) are kept byte for byte as they were written.
 */
record JsonObject(Map<String, Object> members, String text) {
    JsonObject {
        members = java.util.Collections.unmodifiableMap(members);
    }
}
