package io.runledger.storage.sqlite;

import io.runledger.storage.tck.LaterBinaryMigration;
import java.nio.file.Path;

/** A later binary in another process: migrates the store at args[0] with the test-only set up to head args[1]. */
final class LaterBinaryChild {
    private LaterBinaryChild() {
    }

    public static void main(String[] args) {
        LaterBinaryMigration.run(new SqliteStorageProvider(TestMigrationSets.LATER.upTo(Integer.parseInt(args[1]))),
                Samples.spec(Path.of(args[0])));
    }
}
