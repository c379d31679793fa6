package io.runledger.storage.json.files;

import io.runledger.format.json.Json;
import io.runledger.format.json.JsonValue;
import io.runledger.format.json.JsonValue.JsonNumber;
import io.runledger.format.json.JsonValue.JsonObject;
import io.runledger.format.json.JsonValue.JsonString;
import io.runledger.storage.api.StoreException;
import java.util.Optional;

/**
 * Tells a store file's header of another format or version from a damaged one. A first line that is a
 * JSON object naming a {@code format} and a {@code format_version} was written on purpose — by another
 * tool, another Runledger, or edited by hand — so a mismatch is schema drift; a line that does not even
 * say that much is damage, which the caller reports as such.
 */
public final class FormatHeader {
    private FormatHeader() {
    }

    /**
     * What makes {@code line} a header of another format or version than {@code format} version
     * {@code version} (or of a {@code schema_version} that is no schema version), if it is one; empty
     * when the line states {@code format} and {@code version} or does not state a format at all.
     */
    public static Optional<String> drift(String line, String format, long version) {
        JsonObject header;
        try {
            header = Json.parse(line) instanceof JsonObject object ? object : null;
        } catch (StoreException e) {
            return Optional.empty();
        }
        if (header == null || !(header.get("format").orElse(null) instanceof JsonString named)
                || !(header.get("format_version").orElse(null) instanceof JsonNumber number)) {
            return Optional.empty();
        }
        String stated = "format " + named.value() + " format_version " + Json.canonical(number);
        if (!named.value().equals(format) || number.value() != version) {
            return Optional.of("the header states " + stated + ", but this runledger reads " + format
                    + " format_version " + version + " only");
        }
        Optional<JsonValue> schema = header.get("schema_version");
        if (schema.isPresent() && !(schema.get() instanceof JsonNumber n && n.value() >= 1 && n.value() == Math.rint(n.value()))) {
            return Optional.of("the header states schema_version " + Json.canonical(schema.get())
                    + ", which is no schema version of Runledger (1 or above)");
        }
        return Optional.empty();
    }
}
