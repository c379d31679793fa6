package io.runledger.storage.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.RunId;
import io.runledger.storage.api.Store;
import io.runledger.storage.api.StoreAdmin;
import io.runledger.storage.api.StoreSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link StoreAdmin#removeCreatedStore()}: the admin whose migration created a store removes all of
 * it again (nothing of it is left at the spec) while it is empty; a store holding a record, or one
 * that the admin did not create, is never removed. Of a file store only its own files go: a sibling
 * whose name merely starts with the store's file name stays.
 */
public abstract class CreatedStoreRemovalContract extends StoreContract {
    @Test
    void theAdminThatCreatedAnEmptyStoreRemovesAllOfIt() {
        StoreSpec spec = activeFixture().freshSpec();
        StoreAdmin admin = admin(spec);
        admin.migrate(false);
        open(spec).close();

        assertTrue(admin.removeCreatedStore());

        assertFalse(admin.status().initialized());
        assertFalse(activeFixture().storeExists(spec), "nothing of the store is left at " + spec.location());
        assertFalse(admin.removeCreatedStore(), "nothing is left to remove");
    }

    @Test
    void siblingsThatAreNotTheStoresOwnFilesSurviveItsRemoval() {
        requireCapability(Capability.FILES);
        StoreSpec spec = activeFixture().freshSpec();
        StoreAdmin admin = admin(spec);
        admin.migrate(false);
        open(spec).close();
        Path main = Path.of(spec.location());
        // Made after the store was created, as another program (or a person) may while a transfer runs.
        List<Path> siblings = Stream.of(".notes", ".bak", ".journal.bak", "-wal.old", ".lock~", "-backup")
                .map(suffix -> main.resolveSibling(main.getFileName() + suffix)).toList();
        for (Path sibling : siblings) {
            write(sibling);
        }

        assertTrue(admin.removeCreatedStore());

        assertFalse(admin.status().initialized());
        for (Path sibling : siblings) {
            assertTrue(Files.exists(sibling), () -> sibling.getFileName() + " is not one of the store's files and stays");
        }
    }

    @Test
    void aStoreThatHoldsARecordIsNeverRemoved() {
        StoreSpec spec = activeFixture().freshSpec();
        StoreAdmin admin = admin(spec);
        admin.migrate(false);
        try (Store store = provider().open(spec)) {
            store.runs().create(Records.run("kept"));
        }

        assertFalse(admin.removeCreatedStore());

        assertTrue(admin.status().initialized());
        assertEquals("kept", open(spec).runs().find(new RunId("kept")).orElseThrow().runId().value());
    }

    @Test
    void anAdminThatDidNotCreateTheStoreRemovesNothing() {
        StoreSpec spec = createdSpec();
        StoreAdmin later = admin(spec);
        later.migrate(false);

        assertFalse(later.removeCreatedStore(), "an existing empty store is never removed");

        assertTrue(later.status().initialized());
        assertTrue(open(spec).contents().isEmpty());
    }

    private static void write(Path file) {
        try {
            Files.writeString(file, "not part of the store");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void anAdminThatNeverMigratedRemovesNothing() {
        StoreSpec spec = activeFixture().freshSpec();

        assertFalse(admin(spec).removeCreatedStore());

        assertFalse(activeFixture().storeExists(spec));
    }
}
