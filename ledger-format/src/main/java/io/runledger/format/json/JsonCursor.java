package io.runledger.format.json;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.util.Locale;

/** A position in JSON text being parsed, and the errors that name it by line and column. */
final class JsonCursor {
    final String text;
    int pos;

    JsonCursor(String text) {
        this.text = text;
    }

    /** The current character, or 0 at the end (0 is never valid where a structural character is). */
    char peek() {
        return pos < text.length() ? text.charAt(pos) : 0;
    }

    boolean atEnd() {
        return pos >= text.length();
    }

    void skipWhitespace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    void expect(char c) {
        if (peek() != c) {
            throw error("'" + c + "' was expected");
        }
        pos++;
    }

    /** A {@link ReasonCode#MALFORMED_JSON} failure at the current position. */
    StoreException error(String problem) {
        String where = atEnd() ? "end of input at " + position(pos) : position(pos);
        return new StoreException(ReasonCode.MALFORMED_JSON, "malformed JSON: " + problem + " at " + where);
    }

    /** A failure reported at {@code index}, e.g. the start of the token that turned out bad. */
    StoreException errorAt(int index, String problem) {
        pos = index;
        return error(problem);
    }

    String position(int index) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return "line " + line + " column " + (index - lineStart + 1);
    }

    static String describe(char c) {
        return c >= 0x20 && c < 0x7f ? "'" + c + "'" : "U+" + hex(c).toUpperCase(Locale.ROOT);
    }

    static String hex(char c) {
        return String.format("%04x", (int) c);
    }
}
