package io.runledger.storage.sql;

import io.runledger.storage.api.Migration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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

    /**
     * The versions whose migration leaves the store usable by binaries of the previous head: additive
     * only (new indexes, tables or nullable columns an older binary can ignore without losing data).
     * V2 (indexes) is; V3 is not, since an older binary would drop run status and labels from its
     * exports and hashes. Shipped entries never change; decide for each new migration when adding it.
     */
    private static final Set<Integer> COMPATIBLE_WITH_PREVIOUS = Set.of(2);

    /** The oldest schema version this binary can upgrade from; older stores are {@code schema_too_old}. */
    public static final int OLDEST_UPGRADABLE = 1;

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

    /**
     * The compatibility floor a store at this binary's head records: the lowest head H such that
     * every shipped migration above H is compatible with its previous head.
     */
    public static int compatibleFloor() {
        return compatibleFloor(ALL, COMPATIBLE_WITH_PREVIOUS);
    }

    static int compatibleFloor(List<Migration> migrations, Set<Integer> compatibleWithPrevious) {
        int floor = migrations.get(migrations.size() - 1).version();
        for (int i = migrations.size() - 1; i > 0 && compatibleWithPrevious.contains(migrations.get(i).version()); i--) {
            floor = migrations.get(i - 1).version();
        }
        return floor;
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
