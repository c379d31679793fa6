package io.runledger.format.json;

import com.fasterxml.jackson.core.io.NumberInput;
import io.runledger.format.json.JsonValue.JsonNumber;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;

/**
 * Reads a number token for the parser. A number is accepted only if it is stored exactly: its
 * canonical text (what the ledger stores and gives back) must denote the same decimal value as the
 * token, so {@code 1.50}, {@code 1e2} and {@code -0} pass while {@code 9007199254740993} (2^53 + 1),
 * {@code 0.10000000000000000001} and {@code 1e-400} (which would read back as 0) are refused with
 * {@link ReasonCode#VALIDATION_FAILED} naming the value's JSON path. A ledger does not change what
 * it was given.
 */
final class JsonNumbers {
    /** Integers of up to this many digits are read without a substring (exact in a double, their own canonical text). */
    private static final int SHORT_INTEGER_DIGITS = 15;
    /**
     * Up to this many significant digits a decimal in a double's normal range is always the shortest
     * decimal of the double it rounds to (two distinct such decimals are further apart than a
     * double's spacing): exact without finding the double's shortest digits.
     */
    private static final int ALWAYS_EXACT_DIGITS = 15;
    /** An exponent beyond this cannot meet a finite, non-zero double in a token of at most 100 characters. */
    private static final int EXPONENT_CAP = 100_000;
    /** Shared values: wide input is mostly small numbers, which need no object each. */
    private static final JsonNumber[] SMALL = new JsonNumber[256];

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = new JsonNumber(i);
        }
    }

    private final JsonCursor in;
    private final ValuePath path;
    /** The token being read, copied here so that neither reading nor checking it needs a String. */
    private final char[] token = new char[Json.MAX_NUMBER_LENGTH];

    JsonNumbers(JsonCursor in, ValuePath path) {
        this.in = in;
        this.path = path;
    }

    /** Reads the number at the cursor, the value at {@code depth} of the path. */
    JsonNumber read(int depth) {
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
        int length = in.pos - start;
        in.text.getChars(start, in.pos, token, 0);
        // correctly rounded like Double.parseDouble, without its big-number arithmetic for long or tiny tokens
        double value = NumberInput.parseDouble(token, 0, length, true);
        if (!Double.isFinite(value)) {
            throw in.errorAt(start, "number " + in.text.substring(start, in.pos) + " is outside the range of an IEEE 754 double");
        }
        if (!exact(token, length, value)) {
            throw new StoreException(ReasonCode.VALIDATION_FAILED, "number " + in.text.substring(start, in.pos) + " at "
                    + path.render(depth) + " cannot be stored exactly: it would read back as " + EcmaNumber.format(value)
                    + " (a number needs at most 17 significant digits that a double holds exactly)");
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

    /** True if the decimal value of a JSON number token is that of the canonical text of {@code value}. */
    static boolean exact(char[] token, int length, double value) {
        int exponentAt = indexOf(token, length, 'e', 'E');
        int mantissaEnd = exponentAt < 0 ? length : exponentAt;
        int dot = indexOf(token, mantissaEnd, '.', '.');
        int pointIndex = dot < 0 ? mantissaEnd : dot;
        int first = token[0] == '-' ? 1 : 0;
        while (first < mantissaEnd && (token[first] == '0' || token[first] == '.')) {
            first++;
        }
        if (first == mantissaEnd) {
            return true; // zero, of any sign and exponent, reads back as 0
        }
        if (value == 0) {
            return false; // a non-zero decimal that underflows
        }
        int last = mantissaEnd - 1;
        while (token[last] == '0' || token[last] == '.') {
            last--;
        }
        int count = last - first + 1 - (first < pointIndex && pointIndex < last ? 1 : 0);
        if (count <= ALWAYS_EXACT_DIGITS && Math.abs(value) >= Double.MIN_NORMAL) {
            return true;
        }
        int pointAt = (first < pointIndex ? pointIndex - first : pointIndex - first + 1) + exponent(token, length, exponentAt);
        ShortestDigits shortest = ShortestDigits.of(Math.abs(value));
        if (shortest.count() != count || shortest.pointAt() != pointAt) {
            return false;
        }
        for (int i = 0, at = first; i < count; i++, at++) {
            if (at == pointIndex) {
                at++;
            }
            if (token[at] != shortest.digit(i)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(char[] token, int end, char c, char alternative) {
        for (int i = 0; i < end; i++) {
            if (token[i] == c || token[i] == alternative) {
                return i;
            }
        }
        return -1;
    }

    /** The exponent after {@code e}, capped in magnitude (0 without one). */
    private static int exponent(char[] token, int length, int exponentAt) {
        if (exponentAt < 0) {
            return 0;
        }
        int i = exponentAt + 1;
        boolean negative = token[i] == '-';
        if (token[i] == '-' || token[i] == '+') {
            i++;
        }
        int exponent = 0;
        for (; i < length; i++) {
            exponent = Math.min(EXPONENT_CAP, exponent * 10 + token[i] - '0');
        }
        return negative ? -exponent : exponent;
    }

    private void digits(String problem) {
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
