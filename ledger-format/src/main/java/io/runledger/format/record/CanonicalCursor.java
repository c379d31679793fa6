package io.runledger.format.record;

import io.runledger.format.json.EcmaNumber;
import io.runledger.format.json.Json;
import java.util.HashMap;
import java.util.Map;

/**
 * A position in a line that must be canonical JSON text (RFC 8785) of the simple kind
 * {@link CanonicalRecordLines} is sure about: no whitespace, strings without escapes, keys in
 * canonical order, canonical numbers, nesting within {@link Json#MAX_DEPTH}. Anything else throws
 * {@link NotCanonical} — never an error for the user: the full parser then reads the line.
 */
final class CanonicalCursor {
    private static final NotCanonical NOT_CANONICAL = new NotCanonical();

    /** The text is not one this cursor is sure about; the full parser decides. */
    static final class NotCanonical extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private NotCanonical() {
            super("not canonical text of the simple kind", null, false, false);
        }
    }

    private final String text;
    private int pos;

    CanonicalCursor(String text) {
        this.text = text;
    }

    /** The one (stackless) failure of this class. */
    static NotCanonical notCanonical() {
        return NOT_CANONICAL;
    }

    boolean atEnd() {
        return pos == text.length();
    }

    /** Steps over exactly {@code expected}, e.g. a separator, a quoted key and its colon. */
    void literal(String expected) {
        if (!text.startsWith(expected, pos)) {
            throw NOT_CANONICAL;
        }
        pos += expected.length();
    }

    /** Steps over {@code null} if it comes next. */
    boolean skipNull() {
        if (text.startsWith("null", pos)) {
            pos += 4;
            return true;
        }
        return false;
    }

    /** A string's value (its text between the quotes). */
    String string() {
        int start = pos + 1;
        skipString();
        return text.substring(start, pos - 1);
    }

    /** The text of a canonical object, taken as it is. */
    String object() {
        int start = pos;
        object(1);
        return text.substring(start, pos);
    }

    /** An object of strings (labels), keys ascending. */
    Map<String, String> stringMap() {
        Map<String, String> values = new HashMap<>();
        expect('{');
        if (next('}')) {
            return values;
        }
        int previousStart = -1;
        int previousEnd = -1;
        do {
            int nameStart = pos + 1;
            skipString();
            int nameEnd = pos - 1;
            requireAscending(previousStart, previousEnd, nameStart, nameEnd);
            previousStart = nameStart;
            previousEnd = nameEnd;
            expect(':');
            values.put(text.substring(nameStart, nameEnd), string());
        } while (next(','));
        expect('}');
        return values;
    }

    /** A value {@code depth} levels inside the line; deeper than the parser's limit, the parser refuses it. */
    private void value(int depth) {
        if (pos >= text.length() || depth > Json.MAX_DEPTH) {
            throw NOT_CANONICAL;
        }
        char c = text.charAt(pos);
        switch (c) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"' -> skipString();
            case 't' -> literal("true");
            case 'f' -> literal("false");
            case 'n' -> literal("null");
            default -> number();
        }
    }

    private void object(int depth) {
        expect('{');
        if (next('}')) {
            return;
        }
        int previousStart = -1;
        int previousEnd = -1;
        do {
            int keyStart = pos + 1;
            skipString();
            int keyEnd = pos - 1;
            requireAscending(previousStart, previousEnd, keyStart, keyEnd);
            previousStart = keyStart;
            previousEnd = keyEnd;
            expect(':');
            value(depth + 1);
        } while (next(','));
        expect('}');
    }

    private void array(int depth) {
        expect('[');
        if (next(']')) {
            return;
        }
        do {
            value(depth + 1);
        } while (next(','));
        expect(']');
    }

    /**
     * Steps over a string with no escape, no control character and no lone surrogate — the text
     * between its quotes is then its value and its canonical form. Anything else is not sure.
     */
    private void skipString() {
        expect('"');
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return;
            }
            if (c < 0x20 || c == '\\') {
                throw NOT_CANONICAL;
            }
            if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || pos >= text.length() || !Character.isLowSurrogate(text.charAt(pos))) {
                    throw NOT_CANONICAL;
                }
                pos++;
            }
        }
        throw NOT_CANONICAL;
    }

    /**
     * Steps over a number in canonical (ECMAScript) form: an integer of up to 15 digits is its own
     * shortest form (except {@code -0}); any other number must read back to exactly its text.
     */
    private void number() {
        int start = pos;
        next('-');
        if (!next('0')) {
            digits();
        }
        boolean integer = true;
        if (next('.')) {
            integer = false;
            digits();
        }
        if (next('e') || next('E')) {
            integer = false;
            if (!next('+')) {
                next('-');
            }
            digits();
        }
        if (pos - start > Json.MAX_NUMBER_LENGTH) {
            throw NOT_CANONICAL;
        }
        boolean negative = text.charAt(start) == '-';
        int length = pos - start - (negative ? 1 : 0);
        // checked in place: wide input is mostly small integers, which need no String each
        if (integer && length <= 15 && !(negative && length == 1 && text.charAt(start + 1) == '0')) {
            return;
        }
        String token = text.substring(start, pos);
        double value = Double.parseDouble(token);
        if (!Double.isFinite(value) || !EcmaNumber.format(value).equals(token)) {
            throw NOT_CANONICAL;
        }
    }

    private void digits() {
        int start = pos;
        while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
            pos++;
        }
        if (pos == start) {
            throw NOT_CANONICAL;
        }
    }

    /** Keys of a canonical object ascend strictly by UTF-16 code units (so none repeats). */
    private void requireAscending(int previousStart, int previousEnd, int start, int end) {
        if (previousStart < 0) {
            return;
        }
        int common = Math.min(previousEnd - previousStart, end - start);
        for (int i = 0; i < common; i++) {
            char before = text.charAt(previousStart + i);
            char now = text.charAt(start + i);
            if (before != now) {
                if (before > now) {
                    throw NOT_CANONICAL;
                }
                return;
            }
        }
        if (end - start <= previousEnd - previousStart) {
            throw NOT_CANONICAL;
        }
    }

    private void expect(char c) {
        if (!next(c)) {
            throw NOT_CANONICAL;
        }
    }

    private boolean next(char c) {
        if (pos < text.length() && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }
}
