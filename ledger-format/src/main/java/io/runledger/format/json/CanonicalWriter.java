package io.runledger.format.json;

import io.runledger.format.json.JsonValue.JsonArray;
import io.runledger.format.json.JsonValue.JsonBoolean;
import io.runledger.format.json.JsonValue.JsonNull;
import io.runledger.format.json.JsonValue.JsonNumber;
import io.runledger.format.json.JsonValue.JsonObject;
import io.runledger.format.json.JsonValue.JsonString;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes RFC 8785 (JCS) canonical JSON: keys sorted by UTF-16 code units (which is what
 * {@link String#compareTo} compares), no whitespace, minimal escaping, ECMAScript numbers.
 */
public final class CanonicalWriter {
    private CanonicalWriter() {
    }

    public static String write(JsonValue value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    public static void write(JsonValue value, StringBuilder out) {
        if (value instanceof JsonObject object) {
            writeObject(object, out);
        } else if (value instanceof JsonArray array) {
            out.append('[');
            List<JsonValue> elements = array.elements();
            for (int i = 0; i < elements.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(elements.get(i), out);
            }
            out.append(']');
        } else if (value instanceof JsonString string) {
            writeString(string.value(), out);
        } else if (value instanceof JsonNumber number) {
            EcmaNumber.write(number.value(), out);
        } else if (value instanceof JsonBoolean bool) {
            out.append(bool.value());
        } else if (value instanceof JsonNull) {
            out.append("null");
        }
    }

    private static void writeObject(JsonObject object, StringBuilder out) {
        if (object.members().isEmpty()) {
            out.append("{}");
            return;
        }
        List<Map.Entry<String, JsonValue>> members = new ArrayList<>(object.members().entrySet());
        members.sort(Map.Entry.comparingByKey());
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, JsonValue> member : members) {
            if (!first) {
                out.append(',');
            }
            first = false;
            writeString(member.getKey(), out);
            out.append(':');
            write(member.getValue(), out);
        }
        out.append('}');
    }

    /** A string with only the escapes JCS allows: the two-character ones and a six-character u00xx escape for other controls. */
    public static void writeString(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (escaped(c)) {
                out.append(escape(c));
            } else {
                if (Character.isSurrogate(c)) {
                    requirePaired(text, i);
                }
                out.append(c);
            }
        }
        out.append('"');
    }

    /** Whether JCS writes {@code c} as an escape: a quote, a backslash or a control character (below U+0020). */
    static boolean escaped(char c) {
        return c < 0x20 || c == '"' || c == '\\';
    }

    /** The escape JCS writes for a character it {@linkplain #escaped escapes}. */
    static String escape(char c) {
        return switch (c) {
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case '\b' -> "\\b";
            case '\f' -> "\\f";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> String.format("\\u%04x", (int) c);
        };
    }

    /** Refuses the surrogate at {@code i} unless it is one half of a pair: JSON text cannot carry a lone one. */
    static void requirePaired(String text, int i) {
        char c = text.charAt(i);
        boolean paired = Character.isHighSurrogate(c)
                ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
        if (!paired) {
            throw new StoreException(ReasonCode.VALIDATION_FAILED,
                    "text contains a lone surrogate U+" + Integer.toHexString(c).toUpperCase(Locale.ROOT)
                            + ", which JSON text cannot carry");
        }
    }
}
