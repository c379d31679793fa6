package io.runledger.storage.sqlite;

import static io.runledger.storage.tck.TestMigrationFolders.LATER_INDEX;
import static io.runledger.storage.tck.TestMigrationFolders.LATER_TABLE;
import static io.runledger.storage.tck.TestMigrationFolders.SLOW_FILL;

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
    /** A later binary: its first version only adds an index (compatible), its second a required table. */
    static final MigrationSet LATER = ShippedMigrations.SET.followedBy(TestMigrationFolders.LATER,
            TestMigrationFolders.class, Set.of(LATER_INDEX), List.of(new Migration(LATER_INDEX, "later index"),
                    new Migration(LATER_TABLE, "later required column")));

    /** A binary whose last version takes seconds (millions of rows), so that a crash can land inside it. */
    static final MigrationSet SLOW = ShippedMigrations.SET.followedBy(TestMigrationFolders.SLOW,
            TestMigrationFolders.class, Set.of(), List.of(new Migration(SLOW_FILL, "slow fill")));

    private TestMigrationSets() {
    }
}
