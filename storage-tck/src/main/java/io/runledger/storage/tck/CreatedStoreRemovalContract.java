package io.runledger.storage.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.RunId;
import io.runledger.storage.api.Store;
import io.runledger.storage.api.StoreAdmin;
import io.runledger.storage.api.StoreSpec;
import org.junit.jupiter.api.Test;

/**
 * {@link StoreAdmin#removeCreatedStore()}: the admin whose migration created a store removes all of
 * it again (nothing of it is left at the spec) while it is empty; a store holding a record, or one
 * that the admin did not create, is never removed.
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

    @Test
    void anAdminThatNeverMigratedRemovesNothing() {
        StoreSpec spec = activeFixture().freshSpec();

        assertFalse(admin(spec).removeCreatedStore());

        assertFalse(activeFixture().storeExists(spec));
    }
}
