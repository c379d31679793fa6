package io.runledger.storage.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreAdmin;
import io.runledger.storage.api.StoreException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store is created only in a file of its own: another application's database is refused, not adopted. */
class ForeignFileTest {
    @TempDir
    Path dir;

    @Test
    void aDatabaseHoldingAnotherApplicationsTablesIsRefusedAndLeftAsItWas() throws Exception {
        Path file = dir.resolve("other.sqlite");
        execute(file, "CREATE TABLE notes (x TEXT)", "INSERT INTO notes VALUES ('mine')");

        StoreAdmin admin = Samples.PROVIDER.admin(Samples.spec(file));
        StoreException refused = assertThrows(StoreException.class, () -> admin.migrate(false));

        assertEquals(ReasonCode.CONFIG_INVALID, refused.reason());
        assertTrue(refused.getMessage().contains("holds tables that are not a Runledger store (notes)"), refused.getMessage());
        assertEquals(List.of("notes"), rows(file, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        assertEquals(List.of("mine"), rows(file, "SELECT x FROM notes"));
    }

    @Test
    void anEmptyHistoryTableLeftByAnInterruptedFirstMigrationIsNotForeign() throws Exception {
        Path file = dir.resolve("state.sqlite");
        Samples.PROVIDER.admin(Samples.spec(file)).migrate(false);
        // what a migrator killed after Flyway created its history table and before V1 committed leaves
        List<String> tables = rows(file, "SELECT name FROM sqlite_master WHERE type = 'table'"
                + " AND name NOT LIKE 'sqlite%' AND name <> 'flyway_schema_history'");
        List<String> drops = new ArrayList<>(tables.stream().map(name -> "DROP TABLE " + name).toList());
        drops.add(0, "PRAGMA foreign_keys = OFF");
        drops.add("DELETE FROM flyway_schema_history");
        execute(file, drops.toArray(String[]::new));

        StoreAdmin admin = Samples.PROVIDER.admin(Samples.spec(file));
        admin.migrate(false);

        assertTrue(admin.status().initialized());
    }

    private static void execute(Path file, String... statements) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static List<String> rows(Path file, String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
