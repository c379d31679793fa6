package io.runledger.storage.sql.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.Migration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A migration set may span folders: the shipped one and, in tests, one holding only later versions. */
class MigrationSetTest {
    private static final int HEAD = ShippedMigrations.head();
    private static final Migration INDEX = new Migration(HEAD + 100, "later index");
    private static final Migration TABLE = new Migration(HEAD + 101, "later table");
    private static final MigrationSet LATER = ShippedMigrations.SET.followedBy("db/elsewhere", MigrationSetTest.class,
            Set.of(INDEX.version()), List.of(INDEX, TABLE));

    @Test
    void aSetFollowedByAnotherFolderHasBothFoldersVersionsInOrder() {
        List<Integer> versions = new ArrayList<>(ShippedMigrations.all().stream().map(Migration::version).toList());
        versions.addAll(List.of(INDEX.version(), TABLE.version()));
        assertEquals(versions, LATER.migrations().stream().map(Migration::version).toList());
        assertEquals(TABLE.version(), LATER.head());
        Set<Integer> compatible = new HashSet<>(ShippedMigrations.SET.compatibleWithPrevious());
        compatible.add(INDEX.version());
        assertEquals(compatible, LATER.compatibleWithPrevious());
        assertEquals(List.of(INDEX, TABLE), LATER.above(HEAD));
        assertEquals(List.of(ShippedMigrations.FOLDER, "db/elsewhere"), LATER.folders().stream().map(MigrationFolder::path).toList());
    }

    @Test
    void theFloorLooksAcrossFolders() {
        assertEquals(TABLE.version(), LATER.compatibleFloor(), "the table is not compatible");
        assertEquals(ShippedMigrations.compatibleFloor(), LATER.upTo(INDEX.version()).compatibleFloor(),
                "the index only adds an index");
        assertEquals(ShippedMigrations.SET, LATER.upTo(HEAD), "cut below the later folder, the shipped set is left");
    }

    @Test
    void versionsMustRiseAcrossFolders() {
        assertThrows(IllegalArgumentException.class, () -> ShippedMigrations.SET.followedBy("db/elsewhere",
                MigrationSetTest.class, Set.of(), List.of(new Migration(3, "again"))));
        assertThrows(IllegalArgumentException.class, () -> new MigrationSet(List.of(), Set.of(), 1));
    }

    @Test
    void aScriptIsReadFromTheFolderThatHoldsIt() throws Exception {
        String v3 = LATER.script(new Migration(3, "run lifecycle"));
        assertTrue(v3.contains("ALTER TABLE runs ADD COLUMN status"), v3);
        assertThrows(IllegalArgumentException.class, () -> ShippedMigrations.SET.script(INDEX));
    }
}
