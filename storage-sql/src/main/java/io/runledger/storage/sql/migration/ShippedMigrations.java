package io.runledger.storage.sql.migration;

import io.runledger.storage.api.Migration;
import java.util.List;
import java.util.Set;

/**
 * The migrations this binary ships in {@code db/migration}, in order. The list is explicit rather
 * than scanned so that status checks need neither Flyway nor a class-path scan (which does not see
 * resources inside a named module); a test keeps it equal to the folder's content.
 */
public final class ShippedMigrations {
    /** The folder, inside this module, that holds the migration files. */
    static final String FOLDER = "db/migration";

    /**
     * The production migration set. V2 (indexes) is compatible with the previous head; V3 is not,
     * since an older binary would drop run status and labels from its exports and hashes; V4 (a new
     * table of prune records) is, since an older binary neither reads nor writes it; V5 (an index for
     * the run aggregates) is too; V6 (the audit chain) is not, since an older binary would append events
     * without a chain position, so a store at 6 records the floor 6; V7 (the run's columns copied onto its
     * labels for the per-label aggregates) is not, since an older binary would leave the copies stale; V8
     * (the chain's prune anchor) is not either, since an older binary would prune without leaving an
     * anchor, so a store at 8 records the floor 8. Shipped entries never change; decide for each new
     * migration when adding it.
     */
    public static final MigrationSet SET = new MigrationSet(FOLDER, ShippedMigrations.class,
            List.of(new Migration(1, "init"), new Migration(2, "indexes"), new Migration(3, "run lifecycle"),
                    new Migration(4, "audit prunes"), new Migration(5, "run stats indexes"),
                    new Migration(6, "audit chain"), new Migration(7, "run label stats"),
                    new Migration(8, "audit chain anchor")),
            Set.of(2, 4, 5), 1);

    /** The oldest schema version this binary can upgrade from; older stores are {@code schema_too_old}. */
    public static final int OLDEST_UPGRADABLE = SET.oldestUpgradable();

    private ShippedMigrations() {
    }

    /** Every shipped migration, oldest first. */
    public static List<Migration> all() {
        return SET.migrations();
    }

    /** The schema version this binary brings a store to. */
    public static int head() {
        return SET.head();
    }

    /** The compatibility floor a store at this binary's head records, see {@link MigrationSet#compatibleFloor()}. */
    static int compatibleFloor() {
        return SET.compatibleFloor();
    }

    static int compatibleFloor(List<Migration> migrations, Set<Integer> compatibleWithPrevious) {
        return new MigrationSet(FOLDER, ShippedMigrations.class, migrations, compatibleWithPrevious, 1).compatibleFloor();
    }

    /** The Flyway file name of a migration, e.g. {@code V3__run_lifecycle.sql}. */
    public static String fileName(Migration migration) {
        return MigrationSet.fileName(migration);
    }
}
