package io.runledger.format.json;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The slow but plainly correct statement of ECMAScript's Number.prototype.toString (RFC 8785
 * section 3.2.2.3), kept as the oracle for {@link EcmaNumber}: the fewest significant digits (1 to
 * 17) whose decimal value reads back as the same double, found by BigDecimal rounding and trial
 * parses; the closer to the exact binary value when two qualify, the even one on a tie. It is the
 * implementation the product used before the table-driven one, and it made ecma-numbers.txt.gz.
 */
final class EcmaNumberOracle {
    private static final double SAFE_INTEGER_LIMIT = 0x1p53;

    private EcmaNumberOracle() {
    }

    /** The number's text as ECMAScript writes it (RFC 8785 section 3.2.2.3); finite numbers only. */
    static String format(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("JSON numbers are finite (got " + value + ")");
        }
        if (value == 0) {
            return "0";
        }
        if (value < 0) {
            return "-" + format(-value);
        }
        if (value < SAFE_INTEGER_LIMIT && value == Math.rint(value)) {
            // below 2^53 an integral double's shortest digits are the integer itself: skip the search
            return Long.toString((long) value);
        }
        BigDecimal shortest = shortest(value);
        String digits = shortest.unscaledValue().toString();
        int k = digits.length();
        int n = k - shortest.scale();
        return layout(digits, k, n);
    }

    private static BigDecimal shortest(double value) {
        BigDecimal exact = new BigDecimal(value);
        // The exact value of a tiny or huge double has hundreds of digits; flooring (ceiling) it to 18
        // digits first gives the same floor (ceiling) at every precision up to 17, at a fraction of the cost.
        BigDecimal floor18 = exact.round(new MathContext(18, RoundingMode.FLOOR));
        BigDecimal ceiling18 = exact.round(new MathContext(18, RoundingMode.CEILING));
        for (int precision = 1; precision <= 17; precision++) {
            BigDecimal below = floor18.round(new MathContext(precision, RoundingMode.FLOOR));
            BigDecimal above = ceiling18.round(new MathContext(precision, RoundingMode.CEILING));
            boolean belowFits = readsBack(below, value);
            boolean aboveFits = readsBack(above, value);
            if (belowFits && aboveFits) {
                return closer(exact, below, above).stripTrailingZeros();
            }
            if (belowFits) {
                return below.stripTrailingZeros();
            }
            if (aboveFits) {
                return above.stripTrailingZeros();
            }
        }
        throw new IllegalStateException("17 significant digits always identify a double: " + value);
    }

    private static boolean readsBack(BigDecimal candidate, double value) {
        return Double.parseDouble(candidate.toString()) == value;
    }

    /** The candidate nearer the exact value; on a tie, the one whose last digit is even. */
    private static BigDecimal closer(BigDecimal exact, BigDecimal below, BigDecimal above) {
        int cmp = exact.subtract(below).compareTo(above.subtract(exact));
        if (cmp != 0) {
            return cmp < 0 ? below : above;
        }
        return below.unscaledValue().testBit(0) ? above : below;
    }

    /** ECMAScript Number::toString steps 6-10, for digits s (k of them) with value s × 10^(n−k). */
    private static String layout(String digits, int k, int n) {
        StringBuilder out = new StringBuilder();
        if (k <= n && n <= 21) {
            out.append(digits).append("0".repeat(n - k));
        } else if (0 < n && n <= 21) {
            out.append(digits, 0, n).append('.').append(digits, n, k);
        } else if (-6 < n && n <= 0) {
            out.append("0.").append("0".repeat(-n)).append(digits);
        } else {
            out.append(digits.charAt(0));
            if (k > 1) {
                out.append('.').append(digits, 1, k);
            }
            int exponent = n - 1;
            out.append('e').append(exponent < 0 ? '-' : '+').append(Math.abs(exponent));
        }
        return out.toString();
    }
}
