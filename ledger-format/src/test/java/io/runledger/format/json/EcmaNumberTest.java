package io.runledger.format.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Number text never changes (content hashes depend on it): {@link EcmaNumber} writes, byte for
 * byte, what the golden file and the BigDecimal oracle say, for every double tried.
 */
class EcmaNumberTest {

    private static void same(double value, String expected) {
        String bits = Long.toHexString(Double.doubleToRawLongBits(value));
        assertEquals(expected, EcmaNumber.format(value), () -> "format of " + bits);
        StringBuilder out = new StringBuilder("[");
        EcmaNumber.write(value, out);
        assertEquals("[" + expected, out.toString(), () -> "write of " + bits);
    }

    @Test
    void everyDoubleOfTheGoldenFileIsWrittenAsBefore() throws IOException {
        int lines = 0;
        try (InputStream file = EcmaNumberTest.class.getResourceAsStream("ecma-numbers.txt.gz");
             BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(file), StandardCharsets.US_ASCII))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                int space = line.indexOf(' ');
                same(Double.longBitsToDouble(Long.parseUnsignedLong(line.substring(0, space), 16)), line.substring(space + 1));
                lines++;
            }
        }
        assertEquals(28_751, lines);
    }

    @Test
    void randomDoublesAreWrittenAsTheOracleWritesThem() {
        SplittableRandom random = new SplittableRandom();
        for (int i = 0; i < 20_000; i++) {
            double value = Double.longBitsToDouble(random.nextLong());
            if (Double.isFinite(value)) {
                same(value, EcmaNumberOracle.format(value));
            }
        }
    }

    /** The only doubles where Java's shortest-digits rule and ECMAScript's differ (see EcmaNumber). */
    @Test
    void theSmallestSubnormalsAreWrittenAsTheOracleWritesThem() {
        for (long bits = 1; bits <= 20_000; bits++) {
            double value = Double.longBitsToDouble(bits);
            same(value, EcmaNumberOracle.format(value));
            same(-value, EcmaNumberOracle.format(-value));
        }
    }
}
