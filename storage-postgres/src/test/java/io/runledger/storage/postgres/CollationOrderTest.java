package io.runledger.storage.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.AuditFilter;
import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.api.RunFilter;
import io.runledger.storage.api.RunStatus;
import io.runledger.storage.api.Store;
import io.runledger.storage.api.StoreAdmin;
import io.runledger.storage.api.StoreSpec;
import io.runledger.storage.tck.Pages;
import io.runledger.storage.tck.Records;
import io.runledger.testing.postgres.TestServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Ids are ordered by code point (bytes) whatever the collation of the database: paging, export order
 * and therefore the content hash are the same on an {@code en-US} collated store as on any other.
 */
class CollationOrderTest {
    /** Byte order; en-US sorts these as a, A, a_b, a-b, a.b, B, z, Z9 (or similar), never like this. */
    private static final List<String> IDS_IN_BYTE_ORDER = List.of("A", "B", "Z9", "a", "a-b", "a.b", "a_b", "z");

    private final TestServer server = TestServer.get();
    private final PostgresStorageProvider provider = new PostgresStorageProvider();
    private final List<String> databases = new ArrayList<>();
    private StoreSpec enUs;

    @BeforeEach
    void aStoreWithLanguageCollatedIds() throws Exception {
        enUs = createdStore();
        try (Connection connection = server.connect(database(enUs))) {
            LanguageCollation.applyTo(connection);
        }
    }

    @AfterEach
    void dropDatabases() {
        databases.forEach(server::dropDatabase);
    }

    @Test
    void theLanguageCollatedDatabaseReallySortsIdsUnlikeBytes() throws Exception {
        try (Store store = provider.open(enUs)) {
            fill(store);
        }
        List<String> naive = new ArrayList<>();
        try (Connection connection = server.connect(database(enUs));
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT run_id FROM runs ORDER BY run_id")) {
            while (rows.next()) {
                naive.add(rows.getString(1));
            }
        }
        assertEquals(IDS_IN_BYTE_ORDER.size(), naive.size());
        assertNotEquals(IDS_IN_BYTE_ORDER, naive, "without the store's id order, en-US sorts differently");
    }

    @Test
    void listingPagingAndExportFollowByteOrderOnAnEnUsCollatedStore() {
        try (Store store = provider.open(enUs)) {
            fill(store);

            List<String> runs = Pages.walk(3, page -> store.runs().list(RunFilter.ALL, page), r -> r.runId().value())
                    .stream().map(r -> r.runId().value()).toList();
            List<String> steps = Pages.walk(3, page -> store.steps().list(Records.runId("a"), page), s -> s.stepId().value())
                    .stream().map(s -> s.stepId().value()).toList();
            List<String> events = Pages.walk(3, page -> store.auditLog().find(AuditFilter.ALL, page), e -> e.eventId().value())
                    .stream().map(e -> e.eventId().value()).toList();

            assertEquals(IDS_IN_BYTE_ORDER, runs);
            assertEquals(mergedStepsOfA(), steps);
            assertEquals(IDS_IN_BYTE_ORDER, events);
            assertEquals(expectedExport(), export(store));
        }
    }

    @Test
    void theContentHashDoesNotDependOnTheDatabaseCollation() {
        StoreSpec plain = createdStore();
        List<LedgerRecord> fromPlain;
        List<LedgerRecord> fromEnUs;
        try (Store a = provider.open(plain); Store b = provider.open(enUs)) {
            fill(a);
            fill(b);
            fromPlain = export(a);
            fromEnUs = export(b);
        }
        assertEquals(expectedExport(), fromPlain);
        assertEquals(fromPlain, fromEnUs);
    }

    @Test
    void checksReportByteOrderOnTheEnUsCollatedStore() {
        var checks = provider.admin(enUs).check();
        var idOrder = checks.stream().filter(c -> c.name().equals("id_order")).findFirst().orElseThrow();
        assertTrue(idOrder.ok(), idOrder.detail());
    }

    /** Runs, their labels, steps and events under every id, inserted in an order that is neither byte nor en-US order. */
    private static void fill(Store store) {
        List<String> shuffled = List.of("a_b", "z", "A", "a.b", "Z9", "a", "B", "a-b");
        for (String id : shuffled) {
            store.runs().create(Records.run(id, RunStatus.RUNNING, Map.of("k", id)));
        }
        for (String id : shuffled) {
            store.steps().create(Records.step("a", id));
            store.steps().create(Records.step(id, "s"));
        }
        store.auditLog().append(shuffled.stream().map(id -> Records.event(id, id)).toList());
    }

    private static List<LedgerRecord> expectedExport() {
        List<LedgerRecord> records = new ArrayList<>();
        IDS_IN_BYTE_ORDER.forEach(id -> records.add(Records.run(id, RunStatus.RUNNING, Map.of("k", id))));
        for (String runId : IDS_IN_BYTE_ORDER) {
            List<String> stepIds = runId.equals("a") ? mergedStepsOfA() : List.of("s");
            stepIds.forEach(stepId -> records.add(Records.step(runId, stepId)));
        }
        IDS_IN_BYTE_ORDER.forEach(id -> records.add(Records.event(id, id)));
        return records;
    }

    /** Run "a" has a step under every id, plus "s" from the second loop. */
    private static List<String> mergedStepsOfA() {
        List<String> ids = new ArrayList<>(IDS_IN_BYTE_ORDER);
        ids.add("s");
        return ids.stream().sorted().toList();
    }

    private static List<LedgerRecord> export(Store store) {
        List<LedgerRecord> records = new ArrayList<>();
        store.contents().exportTo(record -> records.add(record.auditEvent().<LedgerRecord>map(event -> event).orElse(record)));
        return records;
    }

    private StoreSpec createdStore() {
        String database = server.createDatabase();
        databases.add(database);
        StoreSpec spec = new StoreSpec(server.url(database), Map.of("pool_size", "2"));
        try (StoreAdmin admin = provider.admin(spec)) {
            admin.migrate(false);
        }
        return spec;
    }

    private String database(StoreSpec spec) {
        String rest = spec.location().substring(server.serverPrefix().length());
        return rest.contains("?") ? rest.substring(0, rest.indexOf('?')) : rest;
    }
}
