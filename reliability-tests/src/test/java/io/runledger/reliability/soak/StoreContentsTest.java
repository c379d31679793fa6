package io.runledger.reliability.soak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The soak's verdict can fail: a lost, an extra and a changed record are each reported. */
class StoreContentsTest {
    private final StoreContents acknowledged = new StoreContents(Map.of("r1", "succeeded", "r2", "running"),
            Map.of("r1/s1", "skipped"), Set.of("e1", "e2"));

    @Test
    void theSameContentsDifferInNothing() {
        assertEquals(List.of(), acknowledged.differencesFrom(acknowledged));
    }

    @Test
    void aLostEventAnUnacknowledgedRunAndAnotherStepStatusAreEachReported() {
        StoreContents found = new StoreContents(Map.of("r1", "succeeded", "r2", "running", "r3", "running"),
                Map.of("r1/s1", "pending"), Set.of("e1"));

        List<String> differences = found.differencesFrom(acknowledged);

        assertEquals(3, differences.size(), differences.toString());
        assertTrue(differences.contains("1 run stored but never acknowledged: [r3]"), differences.toString());
        assertTrue(differences.contains("1 step in another status: [r1/s1 is pending, acknowledged skipped]"), differences.toString());
        assertTrue(differences.contains("1 event acknowledged but missing: [e2]"), differences.toString());
    }
}
