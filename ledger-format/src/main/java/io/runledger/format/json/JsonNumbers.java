package io.runledger.format.json;

import com.fasterxml.jackson.core.io.NumberInput;
import io.runledger.format.json.JsonValue.JsonNumber;

/** Reads a number token for the parser. */
final class JsonNumbers {
    /** Integers of up to this many digits are read without a substring (exact in a double, their own canonical text). */
    private static final int SHORT_INTEGER_DIGITS = 15;
    /** Shared values: wide input is mostly small numbers, which need no object each. */
    private static final JsonNumber[] SMALL = new JsonNumber[256];

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = new JsonNumber(i);
        }
    }

    private JsonNumbers() {
    }

    /** Reads the number at the cursor. */
    static JsonNumber read(JsonCursor in) {
        int start = in.pos;
        if (in.peek() == '-') {
            in.pos++;
        }
        if (in.peek() == '0') {
            in.pos++;
        } else {
            digits(in, "a digit was expected in the number");
        }
        boolean integer = true;
        if (in.peek() == '.') {
            integer = false;
            in.pos++;
            digits(in, "a digit was expected after the decimal point");
        }
        if (in.peek() == 'e' || in.peek() == 'E') {
            integer = false;
            in.pos++;
            if (in.peek() == '+' || in.peek() == '-') {
                in.pos++;
            }
            digits(in, "a digit was expected in the exponent");
        }
        if (in.pos - start > Json.MAX_NUMBER_LENGTH) {
            throw in.errorAt(start, "number " + in.text.substring(start, start + 40) + "… is longer than "
                    + Json.MAX_NUMBER_LENGTH + " characters");
        }
        int digits = in.pos - start - (in.text.charAt(start) == '-' ? 1 : 0);
        if (integer && digits <= SHORT_INTEGER_DIGITS) {
            return integer(in, start);
        }
        String token = in.text.substring(start, in.pos);
        // correctly rounded like Double.parseDouble, without its big-number arithmetic for long or tiny tokens
        double value = NumberInput.parseDouble(token, true);
        if (!Double.isFinite(value)) {
            throw in.errorAt(start, "number " + token + " is outside the range of an IEEE 754 double");
        }
        return new JsonNumber(value);
    }

    private static JsonNumber integer(JsonCursor in, int start) {
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

    private static void digits(JsonCursor in, String problem) {
        if (!isDigit(in.peek())) {
            throw in.error(problem);
        }
        while (isDigit(in.peek())) {
            in.pos++;
        }
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
