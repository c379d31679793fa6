package io.runledger.storage.sql.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.Migration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A migration set may span folders: the shipped one and, in tests, one holding only later versions. */
class MigrationSetTest {
    private static final Migration V4 = new Migration(4, "later index");
    private static final Migration V5 = new Migration(5, "later table");
    private static final MigrationSet LATER = ShippedMigrations.SET.followedBy("db/elsewhere", MigrationSetTest.class,
            Set.of(4), List.of(V4, V5));

    @Test
    void aSetFollowedByAnotherFolderHasBothFoldersVersionsInOrder() {
        assertEquals(List.of(1, 2, 3, 4, 5), LATER.migrations().stream().map(Migration::version).toList());
        assertEquals(5, LATER.head());
        assertEquals(Set.of(2, 4), LATER.compatibleWithPrevious());
        assertEquals(List.of(V4, V5), LATER.above(3));
        assertEquals(List.of(ShippedMigrations.FOLDER, "db/elsewhere"), LATER.folders().stream().map(MigrationFolder::path).toList());
    }

    @Test
    void theFloorLooksAcrossFolders() {
        assertEquals(5, LATER.compatibleFloor(), "V5 is not compatible");
        assertEquals(3, LATER.upTo(4).compatibleFloor(), "V4 only adds an index");
        assertEquals(ShippedMigrations.SET, LATER.upTo(3), "cut below the later folder, the shipped set is left");
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
        assertThrows(IllegalArgumentException.class, () -> ShippedMigrations.SET.script(V4));
    }
}
