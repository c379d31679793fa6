package io.runledger.storage.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreAdmin;
import io.runledger.storage.api.StoreSpec;
import io.runledger.storage.api.StoreStatus;
import io.runledger.storage.tck.Reasons;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** A store migrated by a newer runledger (history at version 99) is refused by everything, untouched. */
class NewerSchemaTest {
    private final Databases databases = new Databases();
    private StoreSpec spec;

    @BeforeEach
    void storeFromTheFuture() throws Exception {
        spec = databases.fresh();
        Databases.PROVIDER.admin(spec).migrate(false);
        try (Connection c = databases.connectToLast(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                    + " checksum, installed_by, execution_time, success) VALUES (99, '99', 'future', 'SQL',"
                    + " 'V99__future.sql', 0, 'test', 1, TRUE)");
        }
    }

    @AfterEach
    void drop() {
        databases.close();
    }

    @Test
    void statusReportsTheStoreAsNewerThanTheBinary() {
        StoreStatus status = Databases.PROVIDER.admin(spec).status();

        assertTrue(status.initialized());
        assertEquals(99, status.schemaVersion());
        assertEquals(3, status.schemaHead());
        assertTrue(status.newerThanBinary());
        assertEquals(List.of(), status.pending());
    }

    @Test
    void newerSchemaIsRefusedAndNothingIsWritten() throws Exception {
        List<String> before = snapshot();
        StoreAdmin admin = Databases.PROVIDER.admin(spec);

        assertRefused(() -> admin.migrate(false));
        assertRefused(() -> admin.migrate(true));
        assertRefused(() -> Databases.PROVIDER.open(spec).close());
        assertRefused(admin::check);
        assertRefused(admin::vacuum);

        assertEquals(before, snapshot());
    }

    private static void assertRefused(Executable action) {
        var e = Reasons.assertFailsWith(ReasonCode.SCHEMA_NEWER_THAN_BINARY, action);
        assertTrue(e.getMessage().contains("99") && e.getMessage().contains("3"), e.getMessage());
        assertTrue(e.getMessage().contains("nothing was written"), e.getMessage());
    }

    /** Every row of the history and meta tables, and the tables there are. */
    private List<String> snapshot() throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = databases.connectToLast(); Statement s = c.createStatement()) {
            for (String sql : List.of(
                    "SELECT installed_rank || ':' || coalesce(version, '-') || ':' || success FROM flyway_schema_history ORDER BY 1",
                    "SELECT name || '=' || value FROM meta ORDER BY 1",
                    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")) {
                try (ResultSet r = s.executeQuery(sql)) {
                    while (r.next()) {
                        rows.add(r.getString(1));
                    }
                }
            }
        }
        return rows;
    }
}
