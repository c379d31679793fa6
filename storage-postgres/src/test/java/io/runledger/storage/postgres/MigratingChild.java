package io.runledger.storage.postgres;

import io.runledger.storage.api.StoreSpec;

/**
 * The child JVM of the PostgreSQL migration crash tests: a binary that does not exist yet migrating
 * the store at the URL args[0]; args[1] is {@code slow} ({@link TestMigrationSets#SLOW}) or the head
 * of {@link TestMigrationSets#LATER}.
 */
final class MigratingChild {
    private MigratingChild() {
    }

    public static void main(String[] args) {
        var migrations = args[1].equals("slow") ? TestMigrationSets.SLOW : TestMigrationSets.LATER.upTo(Integer.parseInt(args[1]));
        new PostgresStorageProvider(migrations).admin(StoreSpec.at(args[0])).migrate(false);
    }
}
