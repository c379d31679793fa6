package io.runledger.format.json;

/**
 * Numbers as ECMAScript's Number.prototype.toString writes them, which RFC 8785 requires: the
 * fewest significant digits whose decimal value reads back as the same double, the closest such
 * value to the exact binary value when several qualify (the even one on a tie), laid out as
 * ECMAScript does. Java 17's Double.toString does not always produce the shortest digits; they
 * come from {@link ShortestDigits} (Schubfach, see docs/adr/0002-format-home.md).
 */
public final class EcmaNumber {
    private static final double SAFE_INTEGER_LIMIT = 0x1p53;

    private EcmaNumber() {
    }

    /** Appends the number's text (RFC 8785 section 3.2.2.3); finite numbers only. */
    public static void write(double value, StringBuilder out) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("JSON numbers are finite (got " + value + ")");
        }
        if (value == 0) {
            out.append('0');
            return;
        }
        if (Math.abs(value) < SAFE_INTEGER_LIMIT && value == Math.rint(value)) {
            // below 2^53 an integral double's shortest digits are the integer itself (most numbers in real documents)
            out.append((long) value);
            return;
        }
        if (value < 0) {
            out.append('-');
        }
        layout(ShortestDigits.of(Math.abs(value)), out);
    }

    /** The number's text as ECMAScript writes it (RFC 8785 section 3.2.2.3); finite numbers only. */
    public static String format(double value) {
        StringBuilder out = new StringBuilder(24);
        write(value, out);
        return out.toString();
    }

    /** ECMAScript Number::toString steps 6-10, for digits s (k of them) with value s × 10^(n−k). */
    private static void layout(ShortestDigits digits, StringBuilder out) {
        int k = digits.count();
        int n = digits.pointAt();
        if (k <= n && n <= 21) {
            append(digits, 0, k, out);
            out.append("0".repeat(n - k));
        } else if (0 < n && n <= 21) {
            append(digits, 0, n, out);
            out.append('.');
            append(digits, n, k, out);
        } else if (-6 < n && n <= 0) {
            out.append("0.").append("0".repeat(-n));
            append(digits, 0, k, out);
        } else {
            out.append(digits.digit(0));
            if (k > 1) {
                out.append('.');
                append(digits, 1, k, out);
            }
            int exponent = n - 1;
            out.append('e').append(exponent < 0 ? '-' : '+').append(Math.abs(exponent));
        }
    }

    private static void append(ShortestDigits digits, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            out.append(digits.digit(i));
        }
    }
}
