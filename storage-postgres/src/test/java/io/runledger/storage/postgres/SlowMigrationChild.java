package io.runledger.storage.postgres;

import io.runledger.storage.api.StoreSpec;
import java.util.Map;

/** The child JVM of {@link MigrationCrashTest}: a binary with the slow V4 migrating the store at the URL args[0]. */
final class SlowMigrationChild {
    private SlowMigrationChild() {
    }

    public static void main(String[] args) {
        new PostgresStorageProvider(TestMigrationSets.SLOW).admin(new StoreSpec(args[0], Map.of())).migrate(false);
    }
}
