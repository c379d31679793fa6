package io.runledger.architecture.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.runledger.storage.sql.migration.ShippedMigrations;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** SPEC S3: every migration that ships in storage-sql is portable SQL in a clean, numbered history. */
class MigrationPortabilityTest {
    private final List<MigrationFolder.File> shipped = MigrationFolder.load();

    @Test
    void migrationsShipFromExactlyOneLocation() {
        assertFalse(shipped.isEmpty(), "no " + MigrationFolder.LOCATION + " folder on the class path");
        assertEquals(1, shipped.stream().map(MigrationFolder.File::origin).distinct().count(),
                "more than one " + MigrationFolder.LOCATION + " on the class path: "
                        + shipped.stream().map(MigrationFolder.File::origin).distinct().toList());
    }

    @Test
    void migrationsAreNamedVersionedAndContiguousFromOne() {
        List<Finding> findings = MigrationAudit.auditNames(shipped.stream().map(MigrationFolder.File::name).toList());
        assertEquals("", lines(findings));
    }

    @Test
    void everyMigrationIsPortableBetweenSqliteAndPostgres() {
        List<Finding> findings = shipped.stream()
                .flatMap(file -> MigrationAudit.auditSql(file.name(), file.sql()).stream())
                .toList();
        assertEquals("", lines(findings));
    }

    @Test
    void theSchemaHeadTheBinaryKnowsListsExactlyTheShippedFiles() {
        Set<String> known = ShippedMigrations.all().stream().map(ShippedMigrations::fileName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(known, shipped.stream().map(MigrationFolder.File::name).collect(Collectors.toCollection(TreeSet::new)),
                "storage-sql's ShippedMigrations (head " + ShippedMigrations.head() + ") and db/migration disagree");
    }

    private static String lines(List<Finding> findings) {
        return findings.stream().map(Finding::toString).collect(Collectors.joining("\n"));
    }
}
