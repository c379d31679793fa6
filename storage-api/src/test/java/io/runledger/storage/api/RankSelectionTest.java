package io.runledger.storage.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RankSelectionTest {
    private final Random random = new Random(20);

    @Test
    void everyRankHoldsWhatASortPutsThereWithNothingOutOfPlaceAroundIt() {
        for (int size = 1; size <= 200; size++) {
            for (int spread : new int[] {3, 1_000_000}) {
                long[] values = random.longs(size, -spread, spread).toArray();
                long[] sorted = values.clone();
                Arrays.sort(sorted);
                for (int k = 0; k < size; k++) {
                    long[] selected = values.clone();
                    RankSelection.select(selected, 0, size, k);
                    assertPlaced(sorted, selected, 0, size, k);
                }
            }
        }
    }

    @Test
    void aSecondRankIsSelectedInTheRangeAboveTheFirst() {
        long[] values = random.longs(100_000, 0, 50_000).toArray();
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int p50 = (int) RunStatsGroup.nearestRank(50, values.length) - 1;
        int p95 = (int) RunStatsGroup.nearestRank(95, values.length) - 1;
        RankSelection.select(values, 0, values.length, p50);
        RankSelection.select(values, p50, values.length, p95);
        assertEquals(sorted[p50], values[p50]);
        assertEquals(sorted[p95], values[p95]);
        assertTrue(values[p50] <= values[p95]);
    }

    @Test
    void orderedAndEqualValuesAreSelectedToo() {
        long[] ascending = new long[10_000];
        Arrays.setAll(ascending, i -> i);
        long[] descending = new long[10_000];
        Arrays.setAll(descending, i -> 10_000 - i);
        long[] equal = new long[10_000];
        Arrays.fill(equal, 7);
        for (long[] values : new long[][] {ascending, descending, equal}) {
            long[] sorted = values.clone();
            Arrays.sort(sorted);
            RankSelection.select(values, 0, values.length, 9_500);
            assertPlaced(sorted, values, 0, values.length, 9_500);
        }
    }

    @Test
    void aRankOutsideTheRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> RankSelection.select(new long[] {1, 2, 3}, 1, 3, 0));
    }

    private static void assertPlaced(long[] sorted, long[] selected, int from, int to, int k) {
        assertEquals(sorted[k], selected[k], "rank " + k + " of " + Arrays.toString(sorted));
        for (int i = from; i < to; i++) {
            assertTrue(i < k ? selected[i] <= selected[k] : i == k || selected[i] >= selected[k], "position " + i);
        }
        long[] same = selected.clone();
        Arrays.sort(same);
        assertEquals(Arrays.toString(sorted), Arrays.toString(same), "the same values, reordered");
    }
}
