package io.runledger.storage.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreAdmin;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.StoreSpec;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A store is created only in a schema of its own: another application's tables are refused, not baselined. */
class ForeignSchemaTest {
    private final Databases databases = new Databases();

    @AfterEach
    void drop() {
        databases.close();
    }

    @Test
    void aSchemaHoldingAnotherApplicationsTablesIsRefusedAndLeftAsItWas() throws Exception {
        StoreSpec spec = databases.fresh(Map.of(), "currentSchema=ledger");
        execute("CREATE SCHEMA ledger", "CREATE TABLE ledger.notes (x text)", "INSERT INTO ledger.notes VALUES ('mine')");

        try (StoreAdmin admin = Databases.PROVIDER.admin(spec)) {
            StoreException refused = assertThrows(StoreException.class, () -> admin.migrate(false));

            assertEquals(ReasonCode.CONFIG_INVALID, refused.reason());
            assertTrue(refused.getMessage().contains("(schema ledger) holds tables that are not a Runledger store (notes)"),
                    refused.getMessage());
        }
        assertEquals(List.of("notes"), rows("SELECT tablename FROM pg_tables WHERE schemaname = 'ledger' ORDER BY 1"));
        assertEquals(List.of("mine"), rows("SELECT x FROM ledger.notes"));
    }

    @Test
    void anEmptyHistoryTableLeftByAnInterruptedFirstMigrationIsNotForeign() throws Exception {
        StoreSpec spec = databases.fresh(Map.of(), "currentSchema=ledger");
        try (StoreAdmin admin = Databases.PROVIDER.admin(spec)) {
            admin.migrate(false);
        }
        // what a migrator killed after Flyway created its history table and before V1 committed leaves
        execute("DROP TABLE ledger.meta, ledger.audit_chain_head, ledger.audit_prunes, ledger.run_labels, ledger.audit_log, ledger.run_steps, ledger.runs CASCADE",
                "TRUNCATE ledger.flyway_schema_history");

        try (StoreAdmin admin = Databases.PROVIDER.admin(spec)) {
            admin.migrate(false);

            assertTrue(admin.status().initialized());
        }
    }

    private void execute(String... statements) throws Exception {
        try (Connection connection = databases.connectToLast(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private List<String> rows(String sql) throws Exception {
        return databases.column(sql);
    }
}
