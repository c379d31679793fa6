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

    /** Integers up to this magnitude are read without a substring or Double.parseDouble (exact in a double). */
    private static final int SHORT_INTEGER_DIGITS = 15;
    /** Shared values: wide input is mostly small numbers and empty containers, which need no object each. */
    private static final JsonNumber[] SMALL = new JsonNumber[256];
    private static final JsonObject EMPTY_OBJECT = new JsonObject(Map.of());
    private static final JsonArray EMPTY_ARRAY = new JsonArray(List.of());

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = new JsonNumber(i);
        }
    }

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
                if (c == '-' || isDigit(c)) {
                    return number();
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
        boolean integer = true;
        if (in.peek() == '.') {
            integer = false;
            in.pos++;
            digits("a digit was expected after the decimal point");
        }
        if (in.peek() == 'e' || in.peek() == 'E') {
            integer = false;
            in.pos++;
            if (in.peek() == '+' || in.peek() == '-') {
                in.pos++;
            }
            digits("a digit was expected in the exponent");
        }
        if (in.pos - start > Json.MAX_NUMBER_LENGTH) {
            throw in.errorAt(start, "number " + in.text.substring(start, start + 40) + "… is longer than "
                    + Json.MAX_NUMBER_LENGTH + " characters");
        }
        int digits = in.pos - start - (in.text.charAt(start) == '-' ? 1 : 0);
        if (integer && digits <= SHORT_INTEGER_DIGITS) {
            return integer(start);
        }
        String token = in.text.substring(start, in.pos);
        double value = Double.parseDouble(token);
        if (!Double.isFinite(value)) {
            throw in.errorAt(start, "number " + token + " is outside the range of an IEEE 754 double");
        }
        return new JsonNumber(value);
    }

    private JsonNumber integer(int start) {
        boolean negative = in.text.charAt(start) == '-';
        long value = 0;
        for (int i = negative ? start + 1 : start; i < in.pos; i++) {
            value = value * 10 + (in.text.charAt(i) - '0');
        }
        if (!negative && value < SMALL.length) {
            return SMALL[(int) value];
        }
        // -0 stays -0.0, as Double.parseDouble reads it
        return new JsonNumber(negative ? -(double) value : value);
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
