package io.runledger.storage.postgres;

import io.runledger.storage.api.StoreSpec;
import io.runledger.storage.tck.LaterBinaryMigration;

/**
 * The child JVM of the PostgreSQL migration crash tests: a binary that does not exist yet migrating
 * the store at the URL args[0]; args[1] is {@code slow} ({@link TestMigrationSets#SLOW}) or the head
 * of {@link TestMigrationSets#LATER} (retried while another process holds the store, see
 * {@link LaterBinaryMigration}).
 */
final class MigratingChild {
    private MigratingChild() {
    }

    public static void main(String[] args) {
        if (args[1].equals("slow")) {
            new PostgresStorageProvider(TestMigrationSets.SLOW).admin(StoreSpec.at(args[0])).migrate(false);
        } else {
            LaterBinaryMigration.run(new PostgresStorageProvider(TestMigrationSets.LATER.upTo(Integer.parseInt(args[1]))),
                    StoreSpec.at(args[0]));
        }
    }
}
