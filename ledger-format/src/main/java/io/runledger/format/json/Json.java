package io.runledger.format.json;

import io.runledger.format.json.JsonValue.JsonObject;
import io.runledger.storage.api.CanonicalJson;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;

/**
 * JSON text in and out: a strict RFC 8259 parser and the RFC 8785 (JCS) canonical writer. Two JSON
 * texts with the same meaning have the same canonical form, byte for byte.
 */
public final class Json {
    /**
     * How deep a value may sit inside the outermost one (its members are at depth 1): so 64 nested
     * arrays holding a number, or 65 whose innermost is empty. The one nesting limit of the product:
     * the full parser and the one-pass path for canonical record lines apply the same. Deep enough for
     * any real document, shallow enough that the recursive parser cannot overflow its stack and that
     * the deepest input costs little more than the widest. Strings have no limit but the input's; what
     * bounds the input is its reader: a request body's or an export line's size.
     */
    public static final int MAX_DEPTH = 64;
    /**
     * The longest number token, in characters (sign, digits, point and exponent together): 17
     * significant digits, a three-digit exponent and ample room for zeros. A longer number carries no
     * more precision than a double holds; the limit keeps the cost of reading a number (and of checking
     * that it is stored exactly) a constant, whatever the text.
     */
    public static final int MAX_NUMBER_LENGTH = 100;

    private Json() {
    }

    /**
     * Parses one JSON value. Raises {@link ReasonCode#MALFORMED_JSON}, naming the line and column, for
     * anything RFC 8259 does not allow, for text after the value, a duplicate key, a lone surrogate
     * (literal or escaped), a unicode escape with other than four ASCII hex digits, nesting deeper than
     * {@link #MAX_DEPTH}, a number longer than {@link #MAX_NUMBER_LENGTH} characters, or a number beyond
     * the range of a double. Raises {@link ReasonCode#VALIDATION_FAILED}, naming the value's JSON path,
     * for a number that cannot be stored exactly: one whose canonical text would denote another decimal
     * value (an integer beyond ±2^53 that a double cannot hold, more digits than a double keeps, a
     * non-zero number that underflows to 0).
     */
    public static JsonValue parse(String text) {
        return JsonParser.parse(text);
    }

    /** The RFC 8785 canonical text of a value. */
    public static String canonical(JsonValue value) {
        return CanonicalWriter.write(value);
    }

    /**
     * Parses JSON text that must be an object and returns its canonical form. Raises
     * {@link ReasonCode#MALFORMED_JSON} for bad JSON and {@link ReasonCode#VALIDATION_FAILED} when the
     * value is not an object.
     */
    public static CanonicalJson canonicalObject(String jsonText) {
        return canonicalObject("value", parse(jsonText));
    }

    /**
     * The canonical form of a value that must be an object; raises {@link ReasonCode#VALIDATION_FAILED}
     * naming {@code field} otherwise.
     */
    public static CanonicalJson canonicalObject(String field, JsonValue value) {
        if (!(value instanceof JsonObject)) {
            throw new StoreException(ReasonCode.VALIDATION_FAILED,
                    field + " must be a JSON object (got " + value.typeName() + ")");
        }
        return new CanonicalJson(canonical(value));
    }

    /** The object a canonical text stands for, e.g. to read a stored config or stats back. */
    public static JsonObject object(CanonicalJson json) {
        return (JsonObject) parse(json.text());
    }
}
