package io.runledger.format.json;

import io.runledger.format.json.JsonValue.JsonNull;
import io.runledger.format.json.JsonValue.JsonObject;
import io.runledger.format.json.JsonValue.JsonString;
import io.runledger.storage.api.CanonicalJson;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Typed, strict reading of the members of one JSON object: every problem is a
 * {@link ReasonCode#VALIDATION_FAILED} naming the key.
 */
public final class JsonFields {
    private final JsonObject object;

    private JsonFields(JsonObject object) {
        this.object = object;
    }

    /** The fields of {@code value}, which must be an object; {@code what} names it in the error. */
    public static JsonFields of(String what, JsonValue value) {
        if (!(value instanceof JsonObject object)) {
            throw invalid(what + " must be a JSON object (got " + value.typeName() + ")");
        }
        return new JsonFields(object);
    }

    /** Refuses any key not in {@code allowed}. */
    public JsonFields allowOnly(Collection<String> allowed) {
        object.members().keySet().stream().filter(key -> !allowed.contains(key)).sorted().findFirst()
                .ifPresent(key -> {
                    throw invalid("unknown key " + quote(key));
                });
        return this;
    }

    /** Refuses a missing key (a key present with null passes). */
    public JsonFields requireKeys(Collection<String> required) {
        required.stream().filter(key -> object.get(key).isEmpty()).findFirst().ifPresent(key -> {
            throw invalid("missing key " + quote(key));
        });
        return this;
    }

    public String string(String key) {
        return optionalString(key).orElseThrow(() -> invalid(key + " is required"));
    }

    /** A string, or empty when the key is absent or null. */
    public Optional<String> optionalString(String key) {
        return present(key).map(value -> {
            if (value instanceof JsonString string) {
                return string.value();
            }
            throw invalid(key + " must be a string (got " + value.typeName() + ")");
        });
    }

    /** A string converted by {@code parse}, e.g. into an id; empty when absent or null. */
    public <T> Optional<T> optional(String key, Function<String, T> parse) {
        return optionalString(key).map(parse);
    }

    public CanonicalJson object(String key) {
        return optionalObject(key).orElseThrow(() -> invalid(key + " is required"));
    }

    /** An object in canonical form, or empty when the key is absent or null. */
    public Optional<CanonicalJson> optionalObject(String key) {
        return present(key).map(value -> Json.canonicalObject(key, value));
    }

    /** An object whose values are all strings, e.g. labels. */
    public Map<String, String> stringMap(String key) {
        JsonValue value = present(key).orElseThrow(() -> invalid(key + " is required"));
        if (!(value instanceof JsonObject map)) {
            throw invalid(key + " must be an object of strings (got " + value.typeName() + ")");
        }
        Map<String, String> out = new TreeMap<>();
        map.members().forEach((name, member) -> {
            if (!(member instanceof JsonString string)) {
                throw invalid(key + "." + name + " must be a string (got " + member.typeName() + ")");
            }
            out.put(name, string.value());
        });
        return out;
    }

    private Optional<JsonValue> present(String key) {
        return object.get(key).filter(value -> !(value instanceof JsonNull));
    }

    private static String quote(String key) {
        StringBuilder out = new StringBuilder();
        CanonicalWriter.writeString(key, out);
        return out.toString();
    }

    public static StoreException invalid(String message) {
        return new StoreException(ReasonCode.VALIDATION_FAILED, message);
    }
}
