package io.runledger.format.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed JSON value (RFC 8259). Numbers are IEEE 754 doubles, as in RFC 8785; object member order
 * carries no meaning (the canonical writer sorts keys).
 */
public sealed interface JsonValue
        permits JsonValue.JsonObject, JsonValue.JsonArray, JsonValue.JsonString, JsonValue.JsonNumber,
                JsonValue.JsonBoolean, JsonValue.JsonNull {

    /** The JSON type name used in error messages: object, array, string, number, boolean or null. */
    String typeName();

    /** An object; keys are unique. */
    record JsonObject(Map<String, JsonValue> members) implements JsonValue {
        public JsonObject {
            members = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(members, "members")));
        }

        /** The member with this key, if present. */
        public Optional<JsonValue> get(String key) {
            return Optional.ofNullable(members.get(key));
        }

        @Override
        public String typeName() {
            return "object";
        }
    }

    /** An array. */
    record JsonArray(List<JsonValue> elements) implements JsonValue {
        public JsonArray {
            elements = List.copyOf(elements);
        }

        @Override
        public String typeName() {
            return "array";
        }
    }

    /** A string, as Java UTF-16 text without lone surrogates. */
    record JsonString(String value) implements JsonValue {
        public JsonString {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String typeName() {
            return "string";
        }
    }

    /** A finite number. */
    record JsonNumber(double value) implements JsonValue {
        public JsonNumber {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("JSON numbers are finite (got " + value + ")");
            }
        }

        @Override
        public String typeName() {
            return "number";
        }
    }

    /** {@code true} or {@code false}. */
    record JsonBoolean(boolean value) implements JsonValue {
        @Override
        public String typeName() {
            return "boolean";
        }
    }

    /** {@code null}. */
    record JsonNull() implements JsonValue {
        /** The one null value. */
        public static final JsonNull INSTANCE = new JsonNull();

        @Override
        public String typeName() {
            return "null";
        }
    }
}
