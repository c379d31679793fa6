package io.runledger.storage.tck;

/**
 * The test-only migration folders of this artifact (db/test-migrations, see its README): later
 * versions the SQL adapters' tests append to the shipped set to play a binary that does not exist.
 * Their versions are far above any shipped head, so shipping a new migration never collides with
 * them; tests take the shipped head and floor from the store's status, never from a literal.
 * Resources are read through this class.
 */
public final class TestMigrationFolders {
    /** {@link #LATER_INDEX} an index (compatible with the shipped head), {@link #LATER_TABLE} a new table (not compatible). */
    public static final String LATER = "db/test-migrations/later";

    /** {@link #SLOW_FILL} fills 1.5 million rows: a migration slow enough to be killed inside. */
    public static final String SLOW = "db/test-migrations/slow";

    /** The version of {@code later/}'s index: additive, so the compatibility floor stays where the shipped set left it. */
    public static final int LATER_INDEX = 101;

    /** The version of {@code later/}'s required table: it raises the compatibility floor to itself. */
    public static final int LATER_TABLE = 102;

    /** The version of {@code slow/}'s fill. */
    public static final int SLOW_FILL = 101;

    private TestMigrationFolders() {
    }
}
