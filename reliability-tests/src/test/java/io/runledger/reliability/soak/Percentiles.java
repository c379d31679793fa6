package io.runledger.reliability.soak;

import java.util.Locale;

/** How many answers, and their p50/p90/p99/max in milliseconds. */
public record Percentiles(int count, double p50, double p90, double p99, double max) {

    /** The percentiles (nearest rank) of {@code sortedNanos}. */
    static Percentiles of(long[] sortedNanos) {
        if (sortedNanos.length == 0) {
            return new Percentiles(0, 0, 0, 0, 0);
        }
        return new Percentiles(sortedNanos.length, rank(sortedNanos, 0.50), rank(sortedNanos, 0.90),
                rank(sortedNanos, 0.99), sortedNanos[sortedNanos.length - 1] / 1e6);
    }

    private static double rank(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    /** "p50 1.2 / p90 3.4 / p99 9.9 / max 120.0 ms". */
    public String summary() {
        return String.format(Locale.ROOT, "p50 %.1f / p90 %.1f / p99 %.1f / max %.0f ms", p50, p90, p99, max);
    }

    /** The cells of a table row: count | p50 | p90 | p99 | max. */
    public String cells() {
        return String.format(Locale.ROOT, "%d | %.1f | %.1f | %.1f | %.0f", count, p50, p90, p99, max);
    }
}
