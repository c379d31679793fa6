package io.runledger.storage.sqlite;

import io.runledger.storage.api.StoreSpec;

/**
 * The child JVM of the SQLite migration crash tests: a binary that does not exist yet migrating the
 * store at args[0]; args[1] is {@code slow} ({@link TestMigrationSets#SLOW}) or the head of
 * {@link TestMigrationSets#LATER}.
 */
final class MigratingChild {
    private MigratingChild() {
    }

    public static void main(String[] args) {
        var migrations = args[1].equals("slow") ? TestMigrationSets.SLOW : TestMigrationSets.LATER.upTo(Integer.parseInt(args[1]));
        new SqliteStorageProvider(migrations).admin(StoreSpec.at(args[0])).migrate(false);
    }
}
