package io.runledger.storage.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.runledger.storage.sql.migration.ShippedMigrations;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreAdmin;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.StoreSpec;
import io.runledger.storage.api.StoreStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Read-only operations on a store that does not exist say so and create nothing. */
class MissingStoreTest {
    @TempDir
    Path dir;

    @Test
    void statusOfAMissingStoreIsNotInitializedAndCreatesNoFileOrDirectory() {
        Path file = dir.resolve("absent/state.sqlite");

        StoreStatus status = Samples.PROVIDER.admin(Samples.spec(file)).status();

        assertFalse(status.initialized());
        assertEquals(0, status.schemaVersion());
        assertEquals(ShippedMigrations.all().size(), status.pending().size());
        assertFalse(Files.exists(file.getParent()));
    }

    @Test
    void openCheckAndVacuumRefuseAMissingStoreAsNotInitialized() {
        Path file = dir.resolve("absent/state.sqlite");
        StoreSpec spec = Samples.spec(file);
        StoreAdmin admin = Samples.PROVIDER.admin(spec);

        assertNotInitialized(assertThrows(StoreException.class, () -> Samples.PROVIDER.open(spec)));
        assertNotInitialized(assertThrows(StoreException.class, admin::check));
        assertNotInitialized(assertThrows(StoreException.class, admin::vacuum));
        assertFalse(Files.exists(file.getParent()));
    }

    @Test
    void anEmptyFileIsNotInitializedAndStaysEmpty() throws Exception {
        Path file = Files.createFile(dir.resolve("state.sqlite"));

        StoreStatus status = Samples.PROVIDER.admin(Samples.spec(file)).status();

        assertFalse(status.initialized());
        assertNotInitialized(assertThrows(StoreException.class, () -> Samples.PROVIDER.open(Samples.spec(file))));
        assertEquals(0, Files.size(file));
    }

    @Test
    void anEmptyFileCanBeMigrated() throws Exception {
        Path file = Files.createFile(dir.resolve("state.sqlite"));

        Samples.PROVIDER.admin(Samples.spec(file)).migrate(false);

        assertEquals(ShippedMigrations.head(), Samples.PROVIDER.admin(Samples.spec(file)).status().schemaVersion());
    }

    private static void assertNotInitialized(StoreException e) {
        assertEquals(ReasonCode.STORE_NOT_INITIALIZED, e.reason());
    }
}
