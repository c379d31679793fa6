package io.runledger.storage.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.sql.migration.ShippedMigrations;
import io.runledger.storage.api.Migration;
import io.runledger.storage.api.MigrationReport;
import io.runledger.storage.api.StoreAdmin;
import io.runledger.storage.api.StoreStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationTest {
    private static final List<Migration> ALL = ShippedMigrations.all();

    @TempDir
    Path dir;

    @Test
    void freshStoreIsMigratedToHeadAndStatusReportsIt() {
        Path file = dir.resolve("nested/deeper/state.sqlite");
        StoreAdmin admin = Samples.PROVIDER.admin(Samples.spec(file, Map.of("app_version", "1.2.3")));

        StoreStatus before = admin.status();
        assertFalse(before.initialized());
        assertEquals(0, before.schemaVersion());
        assertEquals(ShippedMigrations.head(), before.schemaHead());
        assertEquals(ALL, before.pending());

        MigrationReport report = admin.migrate(false);
        assertEquals(new MigrationReport(0, ShippedMigrations.head(), ALL, false), report);

        StoreStatus after = admin.status();
        assertTrue(after.initialized());
        assertEquals(ShippedMigrations.head(), after.schemaVersion());
        assertEquals(List.of(), after.pending());
        assertTrue(after.atHead());
        assertEquals("sqlite", after.backend());
        assertEquals("wal", after.persistenceMode());
    }

    @Test
    void migratingAStoreAtHeadAppliesNothing() {
        Path file = dir.resolve("state.sqlite");
        StoreAdmin admin = Samples.PROVIDER.admin(Samples.spec(file));
        admin.migrate(false);

        MigrationReport again = admin.migrate(false);

        assertEquals(new MigrationReport(ShippedMigrations.head(), ShippedMigrations.head(), List.of(), false), again);
    }

    @Test
    void dryRunReportsPendingMigrationsAndCreatesNothing() {
        Path file = dir.resolve("missing/state.sqlite");

        MigrationReport report = Samples.PROVIDER.admin(Samples.spec(file)).migrate(true);

        assertEquals(new MigrationReport(0, ShippedMigrations.head(), ALL, true), report);
        assertFalse(Files.exists(file.getParent()));
    }

    @Test
    void metaRowsRecordVersionsAndKeepTheCreationTime() throws Exception {
        Path file = dir.resolve("state.sqlite");
        Samples.PROVIDER.admin(Samples.spec(file, Map.of("app_version", "1.2.3"))).migrate(false);

        Map<String, String> meta = meta(file);

        assertEquals(Integer.toString(ShippedMigrations.head()), meta.get("schema_version"));
        assertEquals("1.2.3", meta.get("app_version"));
        assertTrue(meta.get("created_at").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z"), meta.get("created_at"));
    }

    @Test
    void migrationFilesAreReadableFromOutsideTheirModule() {
        assertTrue(ClassLoader.getSystemResource("db/migration/V1__init.sql") != null
                || MigrationTest.class.getClassLoader().getResource("db/migration/V1__init.sql") != null);
    }

    static Map<String, String> meta(Path file) throws Exception {
        Map<String, String> meta = new HashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT name, value FROM meta")) {
            while (rows.next()) {
                meta.put(rows.getString(1), rows.getString(2));
            }
        }
        return meta;
    }
}
