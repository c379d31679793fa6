package io.runledger.storage.sql.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.Migration;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The explicit list of shipped migrations is exactly the content of db/migration, and ships in the module. */
class ShippedMigrationsTest {
    @Test
    void theListMatchesTheMigrationFolder() throws IOException {
        Path folder = Path.of(System.getProperty("basedir", "."), "src/main/resources", ShippedMigrations.FOLDER);
        List<String> files;
        try (Stream<Path> paths = Files.list(folder)) {
            files = paths.map(p -> p.getFileName().toString()).sorted().toList();
        }

        assertEquals(files, ShippedMigrations.all().stream().map(ShippedMigrations::fileName).sorted().toList());
    }

    @Test
    void versionsRiseFromOneToTheHead() {
        assertEquals(1, ShippedMigrations.all().get(0).version());
        for (int i = 1; i < ShippedMigrations.all().size(); i++) {
            assertTrue(ShippedMigrations.all().get(i).version() > ShippedMigrations.all().get(i - 1).version());
        }
        assertEquals(ShippedMigrations.all().get(ShippedMigrations.all().size() - 1).version(), ShippedMigrations.head());
        assertEquals(List.of(), ShippedMigrations.SET.above(ShippedMigrations.head()));
    }

    @Test
    void everyFileIsReadableFromInsideTheModule() throws IOException {
        for (var migration : ShippedMigrations.all()) {
            try (InputStream in = ShippedMigrations.class.getResourceAsStream(
                    "/" + ShippedMigrations.FOLDER + "/" + ShippedMigrations.fileName(migration))) {
                assertNotNull(in, migration.toString());
            }
        }
    }

    @Test
    void theFloorIsTheLowestHeadAboveWhichEveryMigrationIsCompatible() {
        List<Migration> second = List.of(new Migration(1, "a"), new Migration(2, "b"), new Migration(3, "c"),
                new Migration(4, "d"), new Migration(5, "e"));
        assertEquals(5, ShippedMigrations.compatibleFloor(second, Set.of()));
        assertEquals(3, ShippedMigrations.compatibleFloor(second, Set.of(4, 5)));
        assertEquals(4, ShippedMigrations.compatibleFloor(second, Set.of(2, 3, 5)));
        assertEquals(1, ShippedMigrations.compatibleFloor(second, Set.of(2, 3, 4, 5)));
        assertEquals(8, ShippedMigrations.compatibleFloor(), "V8 (the audit chain's prune anchor) is not compatible with earlier heads");
    }
}
