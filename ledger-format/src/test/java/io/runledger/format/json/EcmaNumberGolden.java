package io.runledger.format.json;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;

/**
 * Writes ecma-numbers.txt.gz, the golden file {@link EcmaNumberTest} holds {@link EcmaNumber} to:
 * one line per double, its bits in hex and its text as {@link EcmaNumberOracle} (the product's
 * implementation when the file was made) writes it. The doubles are chosen where number printing
 * goes wrong: random bit patterns (subnormals included), the neighbours of every power of ten, of
 * integers around 2^53 and 2^64, of the 1e21 and 1e-7 layout boundaries, the smallest subnormals,
 * the extremes, and random short decimals. Run {@code main} with the output path to regenerate it.
 */
final class EcmaNumberGolden {
    private static final long SEED = 8785;

    private EcmaNumberGolden() {
    }

    public static void main(String[] args) throws IOException {
        try (OutputStream file = Files.newOutputStream(Path.of(args[0]));
             Writer out = new java.io.OutputStreamWriter(new GZIPOutputStream(file), StandardCharsets.US_ASCII)) {
            for (double value : doubles()) {
                out.write(String.format(Locale.ROOT, "%016x %s%n", Double.doubleToRawLongBits(value),
                        EcmaNumberOracle.format(value)));
            }
        }
    }

    static Set<Double> doubles() {
        Set<Double> all = new LinkedHashSet<>();
        SplittableRandom random = new SplittableRandom(SEED);
        for (double edge : new double[] {0.0, -0.0, Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, 1.0}) {
            around(all, edge, 8);
            around(all, -edge, 8);
        }
        for (int exponent = -324; exponent <= 308; exponent++) {
            around(all, Double.parseDouble("1e" + exponent), 3);
            around(all, Double.parseDouble("5e" + exponent), 1);
        }
        for (int bit = 50; bit <= 70; bit++) {
            around(all, Math.scalb(1.0, bit), 8);
            around(all, -Math.scalb(1.0, bit), 2);
        }
        for (double boundary : new double[] {1e21, 1e-7, 1e-6, 9.999999999999999e20, 0.1, 0.2, 0.3}) {
            around(all, boundary, 20);
            around(all, -boundary, 4);
        }
        for (long c = 1; c <= 2000; c++) {
            all.add(Double.longBitsToDouble(c)); // the smallest subnormals, where shortest digits are fewest
        }
        for (int i = 0; i < 12_000; i++) {
            all.add(finite(random));
        }
        for (int i = 0; i < 2_000; i++) {
            all.add(Double.longBitsToDouble(random.nextLong(1, 1L << 52))); // subnormals
        }
        for (int i = 0; i < 6_000; i++) {
            String digits = Long.toString(random.nextLong(1, 100_000_000_000_000_000L));
            digits = digits.substring(0, 1 + random.nextInt(digits.length()));
            double value = Double.parseDouble(digits + "e" + (random.nextInt(-340, 320)));
            if (Double.isFinite(value)) {
                all.add(random.nextBoolean() ? value : -value);
            }
        }
        return all;
    }

    private static double finite(SplittableRandom random) {
        while (true) {
            double value = Double.longBitsToDouble(random.nextLong());
            if (Double.isFinite(value)) {
                return value;
            }
        }
    }

    private static void around(Set<Double> all, double value, int steps) {
        double up = value;
        double down = value;
        addFinite(all, value);
        for (int i = 0; i < steps; i++) {
            up = Math.nextUp(up);
            down = Math.nextDown(down);
            addFinite(all, up);
            addFinite(all, down);
        }
    }

    private static void addFinite(Set<Double> all, double value) {
        if (Double.isFinite(value)) {
            all.add(value);
        }
    }
}
