package io.runledger.storage.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.Store;
import java.io.BufferedReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC S2: every acknowledged write survives kill -9. A child JVM appends events and prints each id
 * once append() has returned; the test kills it with SIGKILL at a random moment — mid-append,
 * mid-fsync or mid-compaction — and reopens the store: every printed id is there exactly once.
 */
class KillTest {
    private static final int ITERATIONS = 6;

    private final JsonStorageProvider provider = new JsonStorageProvider();

    @TempDir
    Path temp;

    @Test
    void everyAcknowledgedEventSurvivesSigkillOfTheWriter() throws Exception {
        StoreDirectory store = StoreDirectory.in(temp.resolve("store"));
        provider.admin(store.spec()).migrate(false);
        Random random = new Random();
        Set<String> acknowledged = new HashSet<>();
        for (int round = 0; round < ITERATIONS; round++) {
            // Small thresholds in some rounds, so that kills also land in the middle of compactions.
            String compactAfter = round % 2 == 0 ? "4096" : "67108864";
            Process child = ChildJvm.start("append", store.snapshot().toString(), "r" + round, compactAfter);
            List<String> printed = new ArrayList<>();
            try {
                BufferedReader out = ChildJvm.output(child);
                String first = out.readLine();
                assertTrue(first != null, "the child appended at least one batch");
                printed.add(first);
                long killAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50 + random.nextInt(400));
                while (System.nanoTime() < killAt) {
                    String id = out.readLine();
                    if (id == null) {
                        break;
                    }
                    printed.add(id);
                }
                // Ids the child printed after the last one read here are acknowledged too, but not checked.
                child.destroyForcibly();
                assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            } finally {
                child.destroyForcibly();
            }
            acknowledged.addAll(printed);
            try (Store reopened = provider.open(store.spec())) {
                List<String> ids = Events.allIds(reopened);
                assertEquals(ids.size(), new HashSet<>(ids).size(), "no event is stored twice");
                Set<String> stored = new HashSet<>(ids);
                for (String id : acknowledged) {
                    assertTrue(stored.contains(id), () -> "acknowledged event " + id + " was lost");
                }
            }
        }
        assertTrue(acknowledged.size() > ITERATIONS, "the children appended something: " + acknowledged.size());
    }
}
