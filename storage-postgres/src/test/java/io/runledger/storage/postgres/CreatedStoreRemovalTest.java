package io.runledger.storage.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.Store;
import io.runledger.storage.api.StoreAdmin;
import io.runledger.storage.api.StoreSpec;
import io.runledger.storage.tck.Records;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link StoreAdmin#removeCreatedStore()}: an admin whose migration created the store drops exactly
 * what that migration created, and only while the store is empty; an admin that created nothing
 * removes nothing.
 */
class CreatedStoreRemovalTest {
    private final Databases databases = new Databases();

    @AfterEach
    void drop() {
        databases.close();
    }

    @Test
    void theAdminThatCreatedAnEmptyStoreRemovesItsTablesAndSchema() throws Exception {
        StoreSpec spec = databases.fresh(Map.of(), "currentSchema=ledger");
        try (StoreAdmin admin = Databases.PROVIDER.admin(spec)) {
            admin.migrate(false);
            assertTrue(admin.status().initialized());

            assertTrue(admin.removeCreatedStore());

            assertFalse(admin.status().initialized());
            assertFalse(admin.removeCreatedStore(), "nothing is left to remove");
        }
        assertEquals(List.of(), rows("SELECT nspname FROM pg_namespace WHERE nspname = 'ledger'"));
    }

    @Test
    void aStoreThatHoldsARecordIsNeverRemoved() throws Exception {
        StoreSpec spec = databases.fresh();
        try (StoreAdmin admin = Databases.PROVIDER.admin(spec)) {
            admin.migrate(false);
            try (Store store = Databases.PROVIDER.open(spec)) {
                store.runs().create(Records.run("kept"));
            }

            assertFalse(admin.removeCreatedStore());

            assertTrue(admin.status().initialized());
        }
        assertEquals(List.of("kept"), rows("SELECT run_id FROM runs"));
    }

    @Test
    void anAdminThatDidNotCreateTheStoreRemovesNothing() throws Exception {
        StoreSpec spec = databases.fresh();
        try (StoreAdmin creator = Databases.PROVIDER.admin(spec)) {
            creator.migrate(false);
        }
        List<String> before = rows("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");

        try (StoreAdmin later = Databases.PROVIDER.admin(spec)) {
            later.migrate(false);
            assertFalse(later.removeCreatedStore(), "an existing empty store is never removed");
        }

        assertEquals(before, rows("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"));
        assertTrue(before.contains("runs"), before.toString());
    }

    private List<String> rows(String sql) throws Exception {
        return databases.column(sql);
    }
}
