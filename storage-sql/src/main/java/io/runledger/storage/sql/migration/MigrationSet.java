package io.runledger.storage.sql.migration;

import io.runledger.storage.api.Migration;
import io.runledger.storage.api.StoreStatus;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A set of migrations a binary brings: the versions with their descriptions, oldest first, in one or
 * more folders; the versions that leave the store usable by binaries of the previous head; and the
 * oldest version it can upgrade from. {@link ShippedMigrations#SET} is the production instance; tests
 * play a later binary with {@link #followedBy}: the shipped folder plus a test-only folder holding
 * only the later versions.
 *
 * @param folders                where the files are, in version order (each version in exactly one)
 * @param compatibleWithPrevious the versions whose migration is additive only (see MIGRATION_GUIDE)
 * @param oldestUpgradable       the oldest schema version this set can upgrade from
 */
public record MigrationSet(List<MigrationFolder> folders, Set<Integer> compatibleWithPrevious, int oldestUpgradable) {
    public MigrationSet {
        folders = List.copyOf(folders);
        compatibleWithPrevious = Set.copyOf(compatibleWithPrevious);
        int previous = 0;
        for (Migration migration : folders.stream().flatMap(f -> f.migrations().stream()).toList()) {
            if (migration.version() <= previous) {
                throw new IllegalArgumentException("migration versions must rise across the folders: " + migration.version()
                        + " after " + previous);
            }
            previous = migration.version();
        }
        if (previous == 0) {
            throw new IllegalArgumentException("a migration set needs at least one migration");
        }
    }

    /** A set whose files are all in one folder. */
    public MigrationSet(String folder, Class<?> anchor, List<Migration> migrations, Set<Integer> compatibleWithPrevious,
                        int oldestUpgradable) {
        this(List.of(new MigrationFolder(folder, anchor, migrations)), compatibleWithPrevious, oldestUpgradable);
    }

    /**
     * This set followed by {@code later} versions kept in another folder (a later binary's migrations,
     * in tests), of which {@code compatible} are additive only.
     */
    public MigrationSet followedBy(String folder, Class<?> anchor, Set<Integer> compatible, List<Migration> later) {
        List<MigrationFolder> all = new ArrayList<>(folders);
        all.add(new MigrationFolder(folder, anchor, later));
        Set<Integer> allCompatible = new HashSet<>(compatibleWithPrevious);
        allCompatible.addAll(compatible);
        return new MigrationSet(all, allCompatible, oldestUpgradable);
    }

    /** Every migration, oldest first. */
    public List<Migration> migrations() {
        return folders.stream().flatMap(f -> f.migrations().stream()).toList();
    }

    /** The schema version this set brings a store to. */
    public int head() {
        List<Migration> all = migrations();
        return all.get(all.size() - 1).version();
    }

    /**
     * The compatibility floor a store at this set's head records: the lowest head H such that every
     * migration above H is compatible with its previous head.
     */
    public int compatibleFloor() {
        List<Migration> all = migrations();
        int floor = head();
        for (int i = all.size() - 1; i > 0 && compatibleWithPrevious.contains(all.get(i).version()); i--) {
            floor = all.get(i - 1).version();
        }
        return floor;
    }

    /**
     * The status of a store of {@code backend} at {@code location} as this set sees it: its version
     * and floor as read from the store, this set's head, pending migrations and oldest upgradable version.
     * A store at the head records the floor of that head in {@code meta}; without one, {@code meta} lags
     * the history (a migrator died between Flyway's commit and its meta write) and a repair is pending.
     */
    public StoreStatus status(String backend, String persistenceMode, String location, boolean initialized,
                              int version, OptionalInt floor) {
        boolean metaBehind = initialized && version == head() && floor.isEmpty();
        return new StoreStatus(backend, persistenceMode, location, initialized, version, head(), above(version),
                oldestUpgradable, floor, metaBehind);
    }

    /** The migrations above {@code version}: what a store at that version still needs. */
    public List<Migration> above(int version) {
        return migrations().stream().filter(m -> m.version() > version).toList();
    }

    /** The migrations up to {@code version}: the same set as an older binary had it. */
    public MigrationSet upTo(int version) {
        List<MigrationFolder> kept = folders.stream()
                .map(f -> new MigrationFolder(f.path(), f.anchor(),
                        f.migrations().stream().filter(m -> m.version() <= version).toList()))
                .filter(f -> !f.migrations().isEmpty())
                .toList();
        return new MigrationSet(kept, compatibleWithPrevious.stream().filter(v -> v <= version).collect(Collectors.toSet()),
                oldestUpgradable);
    }

    /** The SQL text of {@code migration}'s file, read from its folder. */
    public String script(Migration migration) throws IOException {
        try (Reader reader = resource(migration).read()) {
            StringWriter text = new StringWriter();
            reader.transferTo(text);
            return text.toString();
        }
    }

    /** The file of {@code migration}, as Flyway reads it. */
    ShippedMigrationResource resource(Migration migration) {
        MigrationFolder folder = folders.stream().filter(f -> f.migrations().contains(migration)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("migration " + migration + " is not in this set"));
        return new ShippedMigrationResource(folder, migration);
    }

    /** The Flyway file name of a migration, e.g. {@code V3__run_lifecycle.sql}. */
    static String fileName(Migration migration) {
        return "V" + migration.version() + "__" + migration.description().replace(' ', '_').toLowerCase(Locale.ROOT)
                + ".sql";
    }
}
