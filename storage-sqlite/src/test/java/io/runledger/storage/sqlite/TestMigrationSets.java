package io.runledger.storage.sqlite;

import io.runledger.storage.api.Migration;
import io.runledger.storage.sql.migration.MigrationSet;
import io.runledger.storage.sql.migration.ShippedMigrations;
import io.runledger.storage.tck.TestMigrationFolders;
import java.util.List;
import java.util.Set;

/**
 * Migration sets of binaries that do not exist yet: the shipped folder followed by a test-only folder
 * of storage-tck (db/test-migrations) holding only the later versions. Never shipped.
 */
final class TestMigrationSets {
    /** A later binary with head 5: V4 only adds an index (compatible with head 3), V5 adds a required table. */
    static final MigrationSet LATER = ShippedMigrations.SET.followedBy(TestMigrationFolders.LATER,
            TestMigrationFolders.class, Set.of(4), List.of(new Migration(4, "later index"),
                    new Migration(5, "later required column")));

    /** A binary whose V4 takes seconds (millions of rows), so that a crash can land inside it. */
    static final MigrationSet SLOW = ShippedMigrations.SET.followedBy(TestMigrationFolders.SLOW,
            TestMigrationFolders.class, Set.of(), List.of(new Migration(4, "slow fill")));

    private TestMigrationSets() {
    }
}
