package io.runledger.storage.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.Check;
import io.runledger.storage.api.PageRequest;
import io.runledger.storage.api.RunFilter;
import io.runledger.storage.api.Store;
import io.runledger.storage.api.StoreSpec;
import io.runledger.storage.tck.Records;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A store lives in the schema its URL names ({@code currentSchema}, default {@code public}); several
 * stores can share one database in different schemas, and one never counts another's tables.
 */
class SchemaPlacementTest {
    private final Databases databases = new Databases();

    @AfterEach
    void drop() {
        databases.close();
    }

    @Test
    void aStoreInANamedSchemaIsCreatedThereAndIsIndependentOfThePublicOne() throws Exception {
        StoreSpec inPublic = databases.fresh();
        StoreSpec inLedger = new StoreSpec(inPublic.location() + (inPublic.location().contains("?") ? "&" : "?")
                + "currentSchema=ledger", Map.of());
        Databases.PROVIDER.admin(inPublic).migrate(false);

        assertFalse(Databases.PROVIDER.admin(inLedger).status().initialized(), "public's tables are not ledger's");

        Databases.PROVIDER.admin(inLedger).migrate(false);
        try (Store ledger = Databases.PROVIDER.open(inLedger); Store other = Databases.PROVIDER.open(inPublic)) {
            ledger.runs().create(Records.run("only-in-ledger"));
            assertEquals(1, ledger.runs().list(RunFilter.ALL, PageRequest.first(10)).items().size());
            assertTrue(other.contents().isEmpty());
        }
        assertEquals(tables(), tablesIn("ledger"));
        assertEquals(tables(), tablesIn("public"));
        Databases.PROVIDER.admin(inLedger).check().forEach(check -> assertTrue(check.ok(), check::toString));
        Databases.PROVIDER.admin(inLedger).vacuum();
    }

    @Test
    void checksOfAFreshStoreAllPassAndNameWhatTheyLookedAt() {
        StoreSpec spec = databases.fresh();
        Databases.PROVIDER.admin(spec).migrate(false);

        List<Check> checks = Databases.PROVIDER.admin(spec).check();

        assertEquals(List.of("server", "select_1", "foreign_keys", "default_transaction_isolation", "encoding", "id_order",
                "schema_drift", "audit_prunes"),
                checks.stream().map(Check::name).toList());
        checks.forEach(check -> assertTrue(check.ok(), check::toString));
        assertTrue(checks.get(0).detail().startsWith("PostgreSQL 1"), checks.get(0).detail());
        assertEquals("audit_log, run_labels, run_steps -> runs", checks.get(2).detail());
    }

    private static TreeSet<String> tables() {
        return new TreeSet<>(List.of("audit_chain_head", "audit_log", "audit_prunes", "flyway_schema_history", "meta", "run_labels", "run_steps", "runs"));
    }

    private TreeSet<String> tablesIn(String schema) throws Exception {
        TreeSet<String> names = new TreeSet<>();
        try (Connection c = databases.connectToLast(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = '" + schema + "'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
