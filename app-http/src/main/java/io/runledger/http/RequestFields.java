package io.runledger.http;

import io.runledger.format.json.Json;
import io.runledger.format.json.JsonValue;
import io.runledger.format.json.JsonValue.JsonArray;
import io.runledger.format.json.JsonValue.JsonNull;
import io.runledger.format.json.JsonValue.JsonObject;
import io.runledger.format.json.JsonValue.JsonString;
import io.runledger.storage.api.CanonicalJson;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Strict reading of a request object: a key not in the allowed set, a missing required key or a value
 * of the wrong JSON type is a {@code validation_failed} naming the key. {@code null} counts as absent.
 * JSON objects (args, config, stats) are canonicalised by the domain, the one place that does it.
 */
final class RequestFields {
    private final JsonObject object;

    private RequestFields(JsonObject object) {
        this.object = object;
    }

    static RequestFields of(JsonValue body, Set<String> allowed) {
        if (!(body instanceof JsonObject object)) {
            throw ApiFailure.invalid("the request body must be a JSON object (got " + body.typeName() + ")");
        }
        object.members().keySet().stream().filter(key -> !allowed.contains(key)).sorted().findFirst()
                .ifPresent(key -> {
                    throw ApiFailure.invalid("unknown field " + Json.canonical(new JsonString(key))
                            + "; allowed fields are " + String.join(", ", new java.util.TreeSet<>(allowed)));
                });
        return new RequestFields(object);
    }

    String string(String key) {
        return optionalString(key).orElseThrow(() -> ApiFailure.invalid(key + " is required"));
    }

    Optional<String> optionalString(String key) {
        return present(key).map(value -> {
            if (value instanceof JsonString string) {
                return string.value();
            }
            throw wrongType(key, "a string", value);
        });
    }

    Optional<CanonicalJson> optionalObject(String key) {
        return present(key).map(value -> {
            if (value instanceof JsonObject) {
                return Json.canonicalObject(key, value);
            }
            throw wrongType(key, "a JSON object", value);
        });
    }

    Map<String, String> stringMap(String key) {
        Map<String, String> out = new TreeMap<>();
        present(key).ifPresent(value -> {
            if (!(value instanceof JsonObject map)) {
                throw wrongType(key, "an object of strings", value);
            }
            map.members().forEach((name, member) -> {
                if (!(member instanceof JsonString string)) {
                    throw wrongType(key + "." + name, "a string", member);
                }
                out.put(name, string.value());
            });
        });
        return out;
    }

    List<JsonValue> array(String key) {
        JsonValue value = present(key).orElseThrow(() -> ApiFailure.invalid(key + " is required"));
        if (value instanceof JsonArray array) {
            return array.elements();
        }
        throw wrongType(key, "an array", value);
    }

    private Optional<JsonValue> present(String key) {
        return object.get(key).filter(value -> !(value instanceof JsonNull));
    }

    private static RuntimeException wrongType(String key, String expected, JsonValue got) {
        return ApiFailure.invalid(key + " must be " + expected + " (got " + got.typeName() + ")");
    }
}
