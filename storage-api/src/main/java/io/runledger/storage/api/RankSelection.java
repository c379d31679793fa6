package io.runledger.storage.api;

import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Selection in a range of a primitive array (quickselect): puts the value of one rank where a sort
 * would put it, in expected linear time. The run aggregates need two ranks of up to 100,000 durations
 * per group, not the durations in order, and sorting them was most of a SQL store's client time for a
 * grouped query (docs/PERFORMANCE.md, run aggregates).
 */
final class RankSelection {
    /** A range this short is sorted instead: fewer steps than partitioning it further. */
    private static final int SORTED_BELOW = 32;

    private RankSelection() {
    }

    /**
     * Reorders {@code values[from, to)} so that {@code values[k]} holds what it would hold if the range were
     * sorted ascending, with nothing greater before it and nothing smaller after it in the range.
     */
    static void select(long[] values, int from, int to, int k) {
        if (k < from || k >= to) {
            throw new IllegalArgumentException("rank " + k + " outside [" + from + ", " + to + ")");
        }
        int low = from;
        int high = to - 1;
        while (high - low >= SORTED_BELOW) {
            // A random pivot, so that no order of the values makes the selection quadratic.
            long pivot = values[ThreadLocalRandom.current().nextInt(low, high + 1)];
            int i = low;
            int j = high;
            while (i <= j) {
                while (values[i] < pivot) {
                    i++;
                }
                while (values[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    long swapped = values[i];
                    values[i++] = values[j];
                    values[j--] = swapped;
                }
            }
            // Now values[low, j] <= pivot <= values[i, high], and everything between equals the pivot.
            if (k <= j) {
                high = j;
            } else if (k >= i) {
                low = i;
            } else {
                return;
            }
        }
        Arrays.sort(values, low, high + 1);
    }
}
