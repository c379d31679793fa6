package io.runledger.storage.sql;

import io.runledger.storage.api.Migration;
import java.util.List;
import java.util.Locale;

/**
 * The migrations this binary ships in {@code db/migration}, in order. The list is explicit rather
 * than scanned so that status checks need neither Flyway nor a class-path scan (which does not see
 * resources inside a named module); a test keeps it equal to the folder's content.
 */
public final class ShippedMigrations {
    /** The folder, inside this module, that holds the migration files. */
    public static final String FOLDER = "db/migration";

    private static final List<Migration> ALL = List.of(
            new Migration(1, "init"),
            new Migration(2, "indexes"),
            new Migration(3, "run lifecycle"));

    private ShippedMigrations() {
    }

    /** Every shipped migration, oldest first. */
    public static List<Migration> all() {
        return ALL;
    }

    /** The schema version this binary brings a store to. */
    public static int head() {
        return ALL.get(ALL.size() - 1).version();
    }

    /** The shipped migrations above {@code version}: what a store at that version still needs. */
    public static List<Migration> above(int version) {
        return ALL.stream().filter(m -> m.version() > version).toList();
    }

    /** The Flyway file name of a migration, e.g. {@code V3__run_lifecycle.sql}. */
    public static String fileName(Migration migration) {
        return "V" + migration.version() + "__" + migration.description().replace(' ', '_').toLowerCase(Locale.ROOT)
                + ".sql";
    }
}
