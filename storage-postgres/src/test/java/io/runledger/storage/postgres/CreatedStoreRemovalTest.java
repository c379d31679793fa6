package io.runledger.storage.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.StoreAdmin;
import io.runledger.storage.api.StoreSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link StoreAdmin#removeCreatedStore()} on PostgreSQL: a schema the migration created is dropped with
 * the store's tables. What holds on every backend (content and stores made by others are kept) is
 * the contract suite's CreatedStoreRemovalContract.
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

    private List<String> rows(String sql) throws Exception {
        return databases.column(sql);
    }
}
