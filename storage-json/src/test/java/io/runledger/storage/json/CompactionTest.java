package io.runledger.storage.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.Check;
import io.runledger.storage.api.RunStatus;
import io.runledger.storage.api.Store;
import io.runledger.storage.api.StoreAdmin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compaction folds the journal into a new snapshot without a moment where the only copy is being
 * rewritten: a crash between any two of its steps reopens to the same content, and readers querying
 * meanwhile never see an event missing or twice.
 */
class CompactionTest {
    private final JsonStorageProvider provider = new JsonStorageProvider();

    @TempDir
    Path temp;

    private static String check(StoreAdmin admin, String name) {
        return admin.check().stream().filter(c -> c.name().equals(name)).map(Check::detail).findFirst().orElseThrow();
    }

    private static List<String> ids(int from, int to) {
        List<String> ids = new ArrayList<>();
        for (int i = from; i < to; i++) {
            ids.add(String.format("e%05d", i));
        }
        return ids;
    }

    @Test
    void readersQueryingDuringCompactionsNeverSeeAnEventMissingOrTwice() throws Exception {
        StoreDirectory dir = StoreDirectory.in(temp.resolve("store"));
        provider.admin(dir.spec()).migrate(false);
        AtomicInteger acknowledged = new AtomicInteger();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try (Store store = provider.open(dir.spec("compact_after_bytes", "2048"))) {
            Future<?> writer = pool.submit(() -> {
                for (int batch = 0; batch < 300; batch++) {
                    store.auditLog().append(ids(batch * 3, batch * 3 + 3).stream().map(Events::event).toList());
                    acknowledged.set(batch * 3 + 3);
                }
                writing.set(false);
                return null;
            });
            List<Future<Integer>> readers = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                readers.add(pool.submit(() -> {
                    int reads = 0;
                    while (writing.get()) {
                        int before = acknowledged.get();
                        List<String> seen = Events.allIds(store);
                        assertTrue(seen.size() >= before, "a read missed acknowledged events");
                        assertEquals(seen.size() % 3, 0, "a batch is visible whole or not at all");
                        assertEquals(ids(0, seen.size()), seen, "every event once, in order");
                        reads++;
                    }
                    return reads;
                }));
            }
            writer.get(60, TimeUnit.SECONDS);
            for (Future<Integer> reader : readers) {
                assertTrue(reader.get(60, TimeUnit.SECONDS) > 0);
            }
            assertTrue(check(provider.admin(dir.spec()), "journal").contains("compacts at "));
        } finally {
            pool.shutdownNow();
        }
        try (Store reopened = provider.open(dir.spec())) {
            assertEquals(ids(0, 900), Events.allIds(reopened));
        }
    }

    @Test
    void aCrashAfterTheNewSnapshotWasRenamedButBeforeTheJournalWasReplacedReopensToTheSameContent() {
        StoreDirectory live = StoreDirectory.in(temp.resolve("live"));
        provider.admin(live.spec()).migrate(false);
        Map<String, String> oldFiles;
        try (Store store = provider.open(live.spec())) {
            store.runs().create(Samples.run("r1"));
            store.auditLog().append(Events.events("e1", "e2"));
            store.runs().update(Samples.run("r1").withStatus(RunStatus.SUCCEEDED, java.util.Optional.of(Events.T0)), RunStatus.RUNNING);
            oldFiles = live.files();
        }
        // The close compacted: the crash image is the new snapshot beside the old journal, which it already contains.
        StoreDirectory crashed = live.imageTo(temp.resolve("crashed"));
        crashed.write(crashed.journal(), oldFiles.get("state.json.journal"));

        StoreAdmin admin = provider.admin(crashed.spec());
        assertTrue(check(admin, "journal").startsWith("already folded into the snapshot"), check(admin, "journal"));
        try (Store store = provider.open(crashed.spec())) {
            assertEquals(List.of("e1", "e2"), Events.allIds(store));
            assertEquals(RunStatus.SUCCEEDED, store.runs().find(Samples.run("r1").runId()).orElseThrow().status());
            store.auditLog().append(Events.events("e3"));
        }
        try (Store store = provider.open(crashed.spec())) {
            assertEquals(List.of("e1", "e2", "e3"), Events.allIds(store));
        }
    }

    @Test
    void aCrashWhileWritingTheTemporarySnapshotLeavesTheOldFilesInCharge() {
        StoreDirectory live = StoreDirectory.in(temp.resolve("live"));
        provider.admin(live.spec()).migrate(false);
        StoreDirectory crashed;
        try (Store store = provider.open(live.spec())) {
            store.auditLog().append(Events.events("e1", "e2"));
            crashed = live.imageTo(temp.resolve("crashed"));
        }
        crashed.write(crashed.file("state.json.tmp"), "{\"exported_at\":\"2030-01-01T00:00:00.000000Z\",\"format\":\"runl");
        crashed.write(crashed.file("state.json.journal.tmp"), "{\"contin");

        try (Store store = provider.open(crashed.spec())) {
            assertEquals(List.of("e1", "e2"), Events.allIds(store));
            store.auditLog().append(Events.events("e3"));
        }
        try (Store store = provider.open(crashed.spec())) {
            assertEquals(List.of("e1", "e2", "e3"), Events.allIds(store));
        }
        assertFalse(Files.exists(crashed.file("state.json.tmp")), "the next compaction's rename consumed the temporary file");
    }

    @Test
    void aCrashBeforeTheNewJournalWasCreatedLeavesNoJournalAndLosesNothing() {
        StoreDirectory live = StoreDirectory.in(temp.resolve("live"));
        provider.admin(live.spec()).migrate(false);
        try (Store store = provider.open(live.spec())) {
            store.auditLog().append(Events.events("e1"));
        }
        StoreDirectory crashed = live.imageTo(temp.resolve("crashed"));
        crashed.write(crashed.journal(), "");
        try {
            Files.delete(crashed.journal());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertTrue(check(provider.admin(crashed.spec()), "journal").startsWith("none"));
        try (Store store = provider.open(crashed.spec())) {
            assertEquals(List.of("e1"), Events.allIds(store));
            store.auditLog().append(Events.events("e2"));
        }
        try (Store store = provider.open(crashed.spec())) {
            assertEquals(List.of("e1", "e2"), Events.allIds(store));
        }
    }

    @Test
    void vacuumFoldsTheJournalIntoTheSnapshotAndReadOnlySessionsWriteNothing() {
        StoreDirectory dir = StoreDirectory.in(temp.resolve("store"));
        provider.admin(dir.spec()).migrate(false);
        StoreDirectory image;
        try (Store store = provider.open(dir.spec())) {
            store.auditLog().append(Events.events("e1", "e2"));
            image = dir.imageTo(temp.resolve("image"));
        }
        Map<String, String> before = image.files();
        try (Store store = provider.open(image.spec())) {
            assertEquals(List.of("e1", "e2"), Events.allIds(store));
        }
        assertEquals(before, image.files(), "a session that only reads leaves the files alone");

        provider.admin(image.spec()).vacuum();

        assertTrue(image.read(image.snapshot()).contains("\"event_id\":\"e2\""), "the snapshot holds the journal's events");
        assertTrue(check(provider.admin(image.spec()), "journal").startsWith("0 entries"));
        try (Store store = provider.open(image.spec())) {
            assertEquals(List.of("e1", "e2"), Events.allIds(store));
        }
    }
}
