package io.runledger.storage.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.Store;
import io.runledger.storage.api.StoreException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.function.Executable;

/**
 * Damage anywhere but the journal's final line is refused as store_corrupt naming the file and the
 * line — by open, check, vacuum and migrate alike — and the files are left byte for byte as they were.
 */
class CorruptionTest {
    private final JsonStorageProvider provider = new JsonStorageProvider();

    @TempDir
    Path temp;

    /** A store with data in both files: e1, e2 compacted into the snapshot; e3, e4, e5 in the journal. */
    private StoreDirectory store() {
        StoreDirectory live = StoreDirectory.in(temp.resolve("live"));
        provider.admin(live.spec()).migrate(false);
        try (Store store = provider.open(live.spec())) {
            store.auditLog().append(Events.events("e1", "e2"));
        }
        try (Store store = provider.open(live.spec())) {
            store.auditLog().append(Events.events("e3"));
            store.auditLog().append(Events.events("e4"));
            store.auditLog().append(Events.events("e5"));
            return live.imageTo(temp.resolve("image"));
        }
    }

    private void assertCorruptAndUnchanged(StoreDirectory store, String where) {
        Map<String, String> before = store.files();
        Executable[] attempts = {
            () -> provider.open(store.spec()).close(),
            () -> provider.admin(store.spec()).check(),
            () -> provider.admin(store.spec()).vacuum(),
        };
        for (Executable attempt : attempts) {
            StoreException e = assertThrows(StoreException.class, attempt);
            assertEquals(ReasonCode.STORE_CORRUPT, e.reason(), e.getMessage());
            assertTrue(e.getMessage().contains(where), () -> "the message names " + where + ": " + e.getMessage());
        }
        assertEquals(before, store.files(), "the files are byte for byte unchanged");
    }

    private static String replaceLine(String text, int lineNumber, String replacement) {
        String[] lines = text.split("\n", -1);
        lines[lineNumber - 1] = replacement;
        return String.join("\n", lines);
    }

    @Test
    void badJsonInTheMiddleOfTheJournalIsCorrupt() {
        StoreDirectory store = store();
        store.write(store.journal(), replaceLine(store.read(store.journal()), 3, "{\"crc32c\":\"oops, not json"));
        assertCorruptAndUnchanged(store, "state.json.journal line 3");
    }

    @Test
    void aChecksumMismatchInTheMiddleOfTheJournalIsCorrupt() {
        StoreDirectory store = store();
        store.write(store.journal(), store.read(store.journal()).replace("event e4", "event e7"));
        assertCorruptAndUnchanged(store, "state.json.journal line 3: checksum mismatch");
    }

    @Test
    void aSnapshotWhoseTrailerHashDoesNotMatchItsRecordsIsCorrupt() {
        StoreDirectory store = store();
        store.write(store.snapshot(), store.read(store.snapshot()).replace("event e2", "event e9"));
        assertCorruptAndUnchanged(store, "state.json line 4: the trailer's content_hash");
    }

    @Test
    void aSnapshotWithoutItsTrailerIsCorrupt() {
        StoreDirectory store = store();
        String snapshot = store.read(store.snapshot());
        store.write(store.snapshot(), snapshot.substring(0, snapshot.lastIndexOf("{\"content_hash\"")));
        assertCorruptAndUnchanged(store, "state.json line 4: the file ends without a trailer");
    }

    @Test
    void aJournalContinuingANewerSnapshotThanStateJsonIsCorrupt() {
        StoreDirectory store = store();
        String snapshot = store.read(store.snapshot());
        store.write(store.snapshot(), snapshot.replaceFirst("\"exported_at\":\"\\d{4}", "\"exported_at\":\"2000"));
        assertCorruptAndUnchanged(store, "state.json.journal line 1: the journal continues a snapshot of");
    }

    @Test
    void statusStillReadsTheHeaderOfADamagedStore() {
        StoreDirectory store = store();
        store.write(store.snapshot(), store.read(store.snapshot()).replace("event e2", "event e9"));
        assertTrue(provider.admin(store.spec()).status().atHead());
    }
}
