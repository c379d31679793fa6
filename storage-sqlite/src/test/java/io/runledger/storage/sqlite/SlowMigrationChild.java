package io.runledger.storage.sqlite;

import java.nio.file.Path;

/** The child JVM of {@link MigrationCrashTest}: a binary with the slow V4 migrating the store at args[0]. */
final class SlowMigrationChild {
    private SlowMigrationChild() {
    }

    public static void main(String[] args) {
        new SqliteStorageProvider(TestMigrationSets.SLOW).admin(Samples.spec(Path.of(args[0]))).migrate(false);
    }
}
