package io.runledger.storage.sql;

import io.runledger.storage.api.Migration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A set of migrations a binary brings: the versions with their descriptions, oldest first, the
 * versions that leave the store usable by binaries of the previous head, the oldest version it can
 * upgrade from, and where its files are. {@link ShippedMigrations#SET} is the production instance;
 * tests build others to play a later binary without shipping its migrations.
 *
 * @param folder                 the resource folder holding the files, e.g. {@code db/migration}
 * @param anchor                 a class of the module that holds the folder (resources are read through it)
 * @param migrations             every migration, oldest first
 * @param compatibleWithPrevious the versions whose migration is additive only (see MIGRATION_GUIDE)
 * @param oldestUpgradable       the oldest schema version this set can upgrade from
 */
public record MigrationSet(String folder, Class<?> anchor, List<Migration> migrations,
                           Set<Integer> compatibleWithPrevious, int oldestUpgradable) {
    public MigrationSet {
        migrations = List.copyOf(migrations);
        compatibleWithPrevious = Set.copyOf(compatibleWithPrevious);
        if (migrations.isEmpty()) {
            throw new IllegalArgumentException("a migration set needs at least one migration");
        }
    }

    /** The schema version this set brings a store to. */
    public int head() {
        return migrations.get(migrations.size() - 1).version();
    }

    /**
     * The compatibility floor a store at this set's head records: the lowest head H such that every
     * migration above H is compatible with its previous head.
     */
    public int compatibleFloor() {
        int floor = head();
        for (int i = migrations.size() - 1; i > 0 && compatibleWithPrevious.contains(migrations.get(i).version()); i--) {
            floor = migrations.get(i - 1).version();
        }
        return floor;
    }

    /** The migrations above {@code version}: what a store at that version still needs. */
    public List<Migration> above(int version) {
        return migrations.stream().filter(m -> m.version() > version).toList();
    }

    /** The migrations up to {@code version}: the same set as an older binary had it. */
    public MigrationSet upTo(int version) {
        return new MigrationSet(folder, anchor, migrations.stream().filter(m -> m.version() <= version).toList(),
                compatibleWithPrevious, oldestUpgradable);
    }

    /** The Flyway file name of a migration, e.g. {@code V3__run_lifecycle.sql}. */
    public static String fileName(Migration migration) {
        return "V" + migration.version() + "__" + migration.description().replace(' ', '_').toLowerCase(Locale.ROOT)
                + ".sql";
    }
}
