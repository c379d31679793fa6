package io.runledger.format.json;

/**
 * Reads a JSON string token. Control characters must be escaped; surrogates must pair up, whether
 * written literally or as escapes (RFC 8785 rejects lone surrogates).
 */
final class JsonStrings {
    private JsonStrings() {
    }

    /** Reads the string starting at the cursor's opening quote and leaves the cursor after the closing one. */
    static String read(JsonCursor in) {
        // Most strings hold no escape, control character or surrogate: they are the text between the
        // quotes, taken in one piece. Anything else is read character by character below.
        String text = in.text;
        int start = in.pos + 1;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                in.pos = i + 1;
                return text.substring(start, i);
            }
            if (c < 0x20 || c == '\\' || Character.isSurrogate(c)) {
                break;
            }
        }
        return readByCharacter(in);
    }

    private static String readByCharacter(JsonCursor in) {
        String text = in.text;
        in.pos++;
        StringBuilder out = new StringBuilder();
        while (true) {
            if (in.atEnd()) {
                throw in.error("unterminated string");
            }
            char c = text.charAt(in.pos);
            if (c == '"') {
                in.pos++;
                return out.toString();
            }
            if (c < 0x20) {
                throw in.error("control character " + JsonCursor.describe(c) + " must be escaped in a string");
            }
            if (c == '\\') {
                escape(in, out);
            } else if (Character.isHighSurrogate(c) && in.pos + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(in.pos + 1))) {
                out.append(c).append(text.charAt(in.pos + 1));
                in.pos += 2;
            } else if (Character.isSurrogate(c)) {
                throw in.error("lone surrogate " + JsonCursor.describe(c) + " in a string");
            } else {
                out.append(c);
                in.pos++;
            }
        }
    }

    private static void escape(JsonCursor in, StringBuilder out) {
        int at = in.pos;
        in.pos++;
        if (in.atEnd()) {
            throw in.error("unterminated string");
        }
        char c = in.peek();
        in.pos++;
        switch (c) {
            case '"' -> out.append('"');
            case '\\' -> out.append('\\');
            case '/' -> out.append('/');
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case 'u' -> unicodeEscape(in, out, at);
            default -> throw in.errorAt(at, "invalid escape sequence \\" + c);
        }
    }

    private static void unicodeEscape(JsonCursor in, StringBuilder out, int at) {
        char unit = hex4(in, at);
        if (Character.isHighSurrogate(unit)) {
            if (in.text.startsWith("\\u", in.pos)) {
                int lowAt = in.pos;
                in.pos += 2;
                char low = hex4(in, lowAt);
                if (Character.isLowSurrogate(low)) {
                    out.append(unit).append(low);
                    return;
                }
            }
            throw in.errorAt(at, "high surrogate \\u" + JsonCursor.hex(unit) + " is not followed by a low surrogate");
        }
        if (Character.isLowSurrogate(unit)) {
            throw in.errorAt(at, "lone low surrogate \\u" + JsonCursor.hex(unit));
        }
        out.append(unit);
    }

    private static char hex4(JsonCursor in, int escapeAt) {
        if (in.pos + 4 > in.text.length()) {
            throw in.errorAt(escapeAt, "incomplete \\u escape");
        }
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int digit = hexDigit(in.text.charAt(in.pos + i));
            if (digit < 0) {
                throw in.errorAt(escapeAt, "\\u must be followed by four hex digits");
            }
            value = value * 16 + digit;
        }
        in.pos += 4;
        return (char) value;
    }

    /** The value of an ASCII hex digit, or -1: {@link Character#digit} would also take other scripts' digits. */
    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }
}
