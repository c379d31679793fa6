package io.runledger.storage.tck;

/**
 * The test-only migration folders of this artifact (db/test-migrations, see its README): later
 * versions the SQL adapters' tests append to the shipped set to play a binary that does not exist.
 * Resources are read through this class.
 */
public final class TestMigrationFolders {
    /** V4 an index (compatible with head 3), V5 a new table (not compatible). */
    public static final String LATER = "db/test-migrations/later";

    /** V4 fills 1.5 million rows: a migration slow enough to be killed inside. */
    public static final String SLOW = "db/test-migrations/slow";

    private TestMigrationFolders() {
    }
}
