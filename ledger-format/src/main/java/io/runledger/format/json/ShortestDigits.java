package io.runledger.format.json;

import com.fasterxml.jackson.core.io.NumberOutput;

/**
 * The digits ECMAScript writes for a positive double (Number::toString step 5): the fewest
 * significant digits whose decimal value reads back as the double, the closest such value to the
 * double's exact value when several qualify, the even one on a tie. {@link #count} digits without
 * leading or trailing zeros, whose value is 0.d1d2… × 10^{@link #pointAt}.
 *
 * <p>They come from jackson-core's Schubfach (Giulietti's algorithm: table-driven, no BigDecimal,
 * the one behind Double.toString from Java 19), read in place from its text ({@code 123.45},
 * {@code 0.001} or {@code 1.2345E-300}), so a number costs about 150 bytes.
 */
record ShortestDigits(String text, int first, int dot, int count, int pointAt) {

    static ShortestDigits of(double positive) {
        String text = NumberOutput.toString(positive, true);
        int exponentAt = text.indexOf('E');
        int end = exponentAt < 0 ? text.length() : exponentAt;
        int dot = text.indexOf('.');
        int first = 0;
        while (text.charAt(first) == '0' || text.charAt(first) == '.') {
            first++;
        }
        int last = end - 1;
        while (text.charAt(last) == '0' || text.charAt(last) == '.') {
            last--;
        }
        int count = last - first + 1 - (first < dot && dot < last ? 1 : 0);
        int exponent = exponentAt < 0 ? 0 : Integer.parseInt(text, exponentAt + 1, text.length(), 10);
        int pointAt = (first < dot ? dot - first : dot - first + 1) + exponent;
        ShortestDigits digits = new ShortestDigits(text, first, dot, count, pointAt);
        return count == 2 && positive < Double.MIN_NORMAL ? digits.fewerForTinySubnormal(positive) : digits;
    }

    /** The i-th significant digit, from 0. */
    char digit(int i) {
        int at = first + i;
        return text.charAt(first < dot && at >= dot ? at + 1 : at);
    }

    /**
     * Java's rule differs from ECMAScript's in one case: where one digit would do, Java takes the
     * closest decimal of one or two digits, ECMAScript the closest of one. That happens only for the
     * smallest subnormals, whose read-back interval is wide enough to hold several one- and
     * two-digit decimals (Java's 4.9e-324 is ECMAScript's 5e-324; eight doubles, all below 1e-321,
     * which EcmaNumberTest checks one by one). The two-digit answer, the decimal closest to the
     * value, then tells which of the one-digit neighbours around it is the closer.
     */
    private ShortestDigits fewerForTinySubnormal(double value) {
        char lower = digit(0);
        ShortestDigits below = single(lower, pointAt);
        ShortestDigits above = lower == '9' ? single('1', pointAt + 1) : single((char) (lower + 1), pointAt);
        boolean belowFits = below.readsBackAs(value);
        boolean aboveFits = above.readsBackAs(value);
        if (aboveFits && (!belowFits || digit(1) >= '5')) {
            return above;
        }
        return belowFits ? below : this;
    }

    private static ShortestDigits single(char digit, int pointAt) {
        String text = String.valueOf(digit);
        return new ShortestDigits(text, 0, 1, 1, pointAt);
    }

    private boolean readsBackAs(double value) {
        return Double.parseDouble("0." + digit(0) + "e" + pointAt) == value;
    }
}
