package io.runledger.storage.sqlite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreAdmin;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.StoreSpec;
import io.runledger.storage.api.StoreStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** A store migrated by a newer runledger (history at version 99) is refused by everything, untouched. */
class NewerSchemaTest {
    @TempDir
    Path dir;
    private Path file;
    private StoreSpec spec;

    @BeforeEach
    void storeFromTheFuture() throws Exception {
        file = dir.resolve("state.sqlite");
        spec = Samples.spec(file);
        Samples.PROVIDER.admin(spec).migrate(false);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                    + " checksum, installed_by, execution_time, success) VALUES (99, '99', 'future', 'SQL',"
                    + " 'V99__future.sql', 0, 'test', 1, 1)");
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
    }

    @Test
    void statusReportsTheStoreAsNewerThanTheBinary() {
        StoreStatus status = Samples.PROVIDER.admin(spec).status();

        assertTrue(status.initialized());
        assertEquals(99, status.schemaVersion());
        assertEquals(3, status.schemaHead());
        assertTrue(status.newerThanBinary());
        assertEquals(List.of(), status.pending());
    }

    @Test
    void newerSchemaIsRefusedAndNothingIsWritten() throws Exception {
        byte[] before = Files.readAllBytes(file);
        List<String> historyBefore = history();
        StoreAdmin admin = Samples.PROVIDER.admin(spec);

        assertRefused(() -> admin.migrate(false));
        assertRefused(() -> admin.migrate(true));
        assertRefused(() -> Samples.PROVIDER.open(spec).close());
        assertRefused(admin::check);
        assertRefused(admin::vacuum);

        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(historyBefore, history());
    }

    private static void assertRefused(Executable action) {
        StoreException e = assertThrows(StoreException.class, action);
        assertEquals(ReasonCode.SCHEMA_NEWER_THAN_BINARY, e.reason());
        assertTrue(e.getMessage().contains("99") && e.getMessage().contains("3"), e.getMessage());
        assertTrue(e.getMessage().contains("nothing was written"), e.getMessage());
    }

    private List<String> history() throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + file + "?mode=ro");
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT installed_rank, version, success FROM flyway_schema_history ORDER BY 1")) {
            while (r.next()) {
                rows.add(r.getInt(1) + ":" + r.getString(2) + ":" + r.getInt(3));
            }
        }
        return rows;
    }
}
