package io.runledger.storage.postgres;

import io.runledger.storage.api.StoreSpec;
import io.runledger.storage.tck.LaterBinaryMigration;
import java.util.Map;

/** A later binary in another process: migrates the store at the URL args[0] with the test-only set up to head args[1]. */
final class LaterBinaryChild {
    private LaterBinaryChild() {
    }

    public static void main(String[] args) {
        LaterBinaryMigration.run(new PostgresStorageProvider(TestMigrationSets.LATER.upTo(Integer.parseInt(args[1]))),
                new StoreSpec(args[0], Map.of()));
    }
}
