package io.runledger.format.json;

import io.runledger.format.json.JsonValue.JsonArray;
import io.runledger.format.json.JsonValue.JsonBoolean;
import io.runledger.format.json.JsonValue.JsonNull;
import io.runledger.format.json.JsonValue.JsonNumber;
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
 * {@link ReasonCode#MALFORMED_JSON} with the line and column where it was found.
 */
final class JsonParser {
    /** Deep enough for any real document, shallow enough that recursion cannot overflow the stack. */
    private static final int MAX_DEPTH = 512;

    private final JsonCursor in;

    private JsonParser(String text) {
        this.in = new JsonCursor(text);
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
        if (depth > MAX_DEPTH) {
            throw in.error("nesting deeper than " + MAX_DEPTH + " levels");
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
                if (c == '-' || isDigit(c)) {
                    return number();
                }
                throw in.error("unexpected character " + JsonCursor.describe(c));
        }
    }

    private JsonObject object(int depth) {
        int start = in.pos;
        in.pos++;
        Map<String, JsonValue> members = new LinkedHashMap<>();
        in.skipWhitespace();
        if (in.peek() == '}') {
            in.pos++;
            return new JsonObject(members);
        }
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
        List<JsonValue> elements = new ArrayList<>();
        in.skipWhitespace();
        if (in.peek() == ']') {
            in.pos++;
            return new JsonArray(elements);
        }
        while (true) {
            in.skipWhitespace();
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

    private JsonNumber number() {
        int start = in.pos;
        if (in.peek() == '-') {
            in.pos++;
        }
        if (in.peek() == '0') {
            in.pos++;
        } else {
            digits("a digit was expected in the number");
        }
        if (in.peek() == '.') {
            in.pos++;
            digits("a digit was expected after the decimal point");
        }
        if (in.peek() == 'e' || in.peek() == 'E') {
            in.pos++;
            if (in.peek() == '+' || in.peek() == '-') {
                in.pos++;
            }
            digits("a digit was expected in the exponent");
        }
        String token = in.text.substring(start, in.pos);
        double value = Double.parseDouble(token);
        if (!Double.isFinite(value)) {
            throw in.errorAt(start, "number " + (token.length() > 40 ? token.substring(0, 40) + "…" : token)
                    + " is outside the range of an IEEE 754 double");
        }
        return new JsonNumber(value);
    }

    private void digits(String problem) {
        if (!isDigit(in.peek())) {
            throw in.error(problem);
        }
        while (isDigit(in.peek())) {
            in.pos++;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void literal(String word) {
        if (!in.text.startsWith(word, in.pos)) {
            throw in.error("unexpected character " + JsonCursor.describe(in.peek()));
        }
        in.pos += word.length();
    }
}
