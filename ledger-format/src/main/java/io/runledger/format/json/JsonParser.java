package io.runledger.format.json;

import io.runledger.format.json.JsonValue.JsonArray;
import io.runledger.format.json.JsonValue.JsonBoolean;
import io.runledger.format.json.JsonValue.JsonNull;
import io.runledger.format.json.JsonValue.JsonObject;
import io.runledger.format.json.JsonValue.JsonString;
import io.runledger.storage.api.ReasonCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict RFC 8259 parser: one value, nothing after it but whitespace, no duplicate keys, no lone
 * surrogates (RFC 8785 requires them to be rejected), only finite numbers. Every failure is
 * {@link ReasonCode#MALFORMED_JSON} with the line and column where it was found, but a number that
 * cannot be stored exactly: {@link ReasonCode#VALIDATION_FAILED} with its JSON path ({@link JsonNumbers}).
 */
final class JsonParser {

    /** Shared values: wide input is mostly small numbers (see JsonNumbers) and empty containers, which need no object each. */
    private static final JsonObject EMPTY_OBJECT = new JsonObject(Map.of());
    private static final JsonArray EMPTY_ARRAY = new JsonArray(List.of());

    private final JsonCursor in;
    private final ValuePath path = new ValuePath();
    private final JsonNumbers numbers;

    private JsonParser(String text) {
        this.in = new JsonCursor(text);
        this.numbers = new JsonNumbers(in, path);
    }

    static JsonValue parse(String text) {
        JsonParser parser = new JsonParser(text);
        parser.in.skipWhitespace();
        JsonValue value = parser.value(0);
        parser.in.skipWhitespace();
        if (!parser.in.atEnd()) {
            throw parser.in.error("unexpected text after the JSON value");
        }
        return value;
    }

    private JsonValue value(int depth) {
        if (depth > Json.MAX_DEPTH) {
            throw in.error("nesting deeper than " + Json.MAX_DEPTH + " levels");
        }
        if (in.atEnd()) {
            throw in.error("unexpected end of input, a value was expected");
        }
        char c = in.peek();
        switch (c) {
            case '{':
                return object(depth);
            case '[':
                return array(depth);
            case '"':
                return new JsonString(JsonStrings.read(in));
            case 't':
                literal("true");
                return new JsonBoolean(true);
            case 'f':
                literal("false");
                return new JsonBoolean(false);
            case 'n':
                literal("null");
                return JsonNull.INSTANCE;
            default:
                if (c == '-' || JsonNumbers.isDigit(c)) {
                    return numbers.read(depth);
                }
                throw in.error("unexpected character " + JsonCursor.describe(c));
        }
    }

    private JsonObject object(int depth) {
        int start = in.pos;
        in.pos++;
        in.skipWhitespace();
        if (in.peek() == '}') {
            in.pos++;
            return EMPTY_OBJECT;
        }
        Map<String, JsonValue> members = new LinkedHashMap<>();
        while (true) {
            in.skipWhitespace();
            if (in.peek() != '"') {
                throw in.error("an object key (a string) was expected");
            }
            int keyAt = in.pos;
            String key = JsonStrings.read(in);
            in.skipWhitespace();
            in.expect(':');
            in.skipWhitespace();
            path.key(depth + 1, key);
            JsonValue value = value(depth + 1);
            if (members.putIfAbsent(key, value) != null) {
                throw in.errorAt(keyAt, "duplicate key \"" + key + "\"");
            }
            in.skipWhitespace();
            if (closes('}', "object", start)) {
                return new JsonObject(members);
            }
        }
    }

    private JsonArray array(int depth) {
        int start = in.pos;
        in.pos++;
        in.skipWhitespace();
        if (in.peek() == ']') {
            in.pos++;
            return EMPTY_ARRAY;
        }
        List<JsonValue> elements = new ArrayList<>();
        while (true) {
            in.skipWhitespace();
            path.index(depth + 1, elements.size());
            elements.add(value(depth + 1));
            in.skipWhitespace();
            if (closes(']', "array", start)) {
                return new JsonArray(elements);
            }
        }
    }

    /** After a member or element: true at the closing bracket, false after a comma, an error otherwise. */
    private boolean closes(char close, String what, int start) {
        char c = in.peek();
        if (c != ',' && c != close) {
            throw in.error("',' or '" + close + "' was expected in the " + what + " starting at " + in.position(start));
        }
        in.pos++;
        return c == close;
    }

    private void literal(String word) {
        if (!in.text.startsWith(word, in.pos)) {
            throw in.error("unexpected character " + JsonCursor.describe(in.peek()));
        }
        in.pos += word.length();
    }
}
