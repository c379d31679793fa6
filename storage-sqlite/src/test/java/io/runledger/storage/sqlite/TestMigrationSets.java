package io.runledger.storage.sqlite;

import io.runledger.storage.api.Migration;
import io.runledger.storage.sql.MigrationSet;
import io.runledger.storage.sql.ShippedMigrations;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Migration sets of binaries that do not exist yet, from src/test/resources/db/test-migrations: the
 * shipped V1–V3 (byte-equal copies) plus test-only later versions. Never shipped.
 */
final class TestMigrationSets {
    /** A later binary with head 5: V4 only adds an index (compatible with head 3), V5 adds a required table. */
    static final MigrationSet LATER = set("later", Set.of(4),
            new Migration(4, "later index"), new Migration(5, "later required column"));

    /** The later binary one release earlier, with head 4 and compatibility floor 3. */
    static final MigrationSet LATER_HEAD_4 = LATER.upTo(4);

    /** A binary whose V4 takes seconds (millions of rows), so that a crash can land inside it. */
    static final MigrationSet SLOW = set("slow", Set.of(), new Migration(4, "slow fill"));

    private TestMigrationSets() {
    }

    private static MigrationSet set(String name, Set<Integer> compatibleAboveShipped, Migration... later) {
        List<Migration> migrations = new ArrayList<>(ShippedMigrations.all());
        migrations.addAll(List.of(later));
        Set<Integer> compatible = new HashSet<>(ShippedMigrations.SET.compatibleWithPrevious());
        compatible.addAll(compatibleAboveShipped);
        return new MigrationSet("db/test-migrations/" + name, TestMigrationSets.class, migrations, compatible,
                ShippedMigrations.OLDEST_UPGRADABLE);
    }
}
