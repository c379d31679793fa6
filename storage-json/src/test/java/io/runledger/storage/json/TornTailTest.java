package io.runledger.storage.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.Check;
import io.runledger.storage.api.Store;
import io.runledger.storage.api.StoreAdmin;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crash in the middle of a journal append leaves a torn final line: it was never acknowledged, so
 * recovery drops it, reports it, keeps its bytes, and the next write goes to a new journal.
 */
class TornTailTest {
    private final JsonStorageProvider provider = new JsonStorageProvider();

    @TempDir
    Path temp;

    /** A store whose journal holds three acknowledged appends (e1, e2 e3, e4), imaged as a crash would leave it. */
    private StoreDirectory crashedWithThreeAppends() {
        StoreDirectory live = StoreDirectory.in(temp.resolve("live"));
        provider.admin(live.spec()).migrate(false);
        try (Store store = provider.open(live.spec())) {
            store.auditLog().append(Events.events("e1"));
            store.auditLog().append(Events.events("e2", "e3"));
            store.auditLog().append(Events.events("e4"));
            return live.imageTo(temp.resolve("crashed"));
        }
    }

    private static Check check(StoreAdmin admin, String name) {
        return admin.check().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aTornFinalLineIsDroppedReportedKeptAsideAndTheNextWriteStartsANewJournal() {
        StoreDirectory crashed = crashedWithThreeAppends();
        crashed.append(crashed.journal(), "{\"crc32c\":\"1234abcd\",\"entry\":{\"op\":\"append\",\"reco");
        Map<String, String> before = crashed.files();

        Check tail = check(provider.admin(crashed.spec()), "journal_tail");
        assertTrue(tail.ok());
        assertTrue(tail.detail().startsWith("torn final line 5 "), tail.detail());
        assertEquals(before, crashed.files(), "checking changes nothing");

        try (Store store = provider.open(crashed.spec())) {
            assertEquals(List.of("e1", "e2", "e3", "e4"), Events.allIds(store));
            assertEquals(before, crashed.files(), "recovery alone changes nothing");
            store.auditLog().append(Events.events("e5"));
        }
        try (Store store = provider.open(crashed.spec())) {
            assertEquals(List.of("e1", "e2", "e3", "e4", "e5"), Events.allIds(store));
            store.auditLog().append(Events.events("e6"));
        }
        try (Store store = provider.open(crashed.spec())) {
            assertEquals(List.of("e1", "e2", "e3", "e4", "e5", "e6"), Events.allIds(store));
        }
        String kept = crashed.files().keySet().stream().filter(n -> n.startsWith("state.json.journal.torn-")).findFirst().orElseThrow();
        assertEquals(before.get("state.json.journal"), crashed.files().get(kept), "the torn journal is kept byte for byte");
        Check after = check(provider.admin(crashed.spec()), "journal_tail");
        assertTrue(after.detail().startsWith("clean; earlier torn journals kept: " + kept), after.detail());
    }

    @Test
    void aCompleteFinalLineWithABadChecksumIsAlsoAnUnacknowledgedWrite() {
        StoreDirectory crashed = crashedWithThreeAppends();
        String journal = crashed.read(crashed.journal());
        String last = journal.substring(journal.lastIndexOf('\n', journal.length() - 2) + 1);
        crashed.write(crashed.journal(), journal.substring(0, journal.length() - last.length()) + last.replace("event e4", "event e9"));

        try (Store store = provider.open(crashed.spec())) {
            assertEquals(List.of("e1", "e2", "e3"), Events.allIds(store));
            store.auditLog().append(Events.events("e4"));
            assertEquals(List.of("e1", "e2", "e3", "e4"), Events.allIds(store));
        }
    }

    @Test
    void aTornTailOfBytesThatAreNotUtf8IsDroppedToo() {
        StoreDirectory crashed = crashedWithThreeAppends();
        crashed.append(crashed.journal(), "\u0000\u0000\u0000");
        try (Store store = provider.open(crashed.spec())) {
            assertEquals(List.of("e1", "e2", "e3", "e4"), Events.allIds(store));
        }
    }

    @Test
    void aCleanJournalIsReportedCleanWithItsLength() {
        StoreDirectory crashed = crashedWithThreeAppends();
        StoreAdmin admin = provider.admin(crashed.spec());
        assertEquals("clean", check(admin, "journal_tail").detail());
        assertTrue(check(admin, "journal").detail().startsWith("3 entries, "), check(admin, "journal").detail());
        assertEquals("free", check(admin, "lock").detail());
    }
}
