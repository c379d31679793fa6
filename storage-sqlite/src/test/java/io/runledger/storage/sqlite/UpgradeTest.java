package io.runledger.storage.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.sql.migration.ShippedMigrations;
import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.Check;
import io.runledger.storage.api.AuditFilter;
import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.api.MigrationReport;
import io.runledger.storage.api.PageRequest;
import io.runledger.storage.api.RunFilter;
import io.runledger.storage.api.Store;
import io.runledger.storage.api.StoreAdmin;
import io.runledger.storage.api.StoreSpec;
import io.runledger.storage.tck.ChainAssertions;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** N-1 → N: stores made by older schema versions (committed fixtures) upgrade with every record intact. */
class UpgradeTest {
    @TempDir
    Path dir;

    @Test
    void aV1StoreUpgradesToHeadWithEveryRecordIntact() throws Exception {
        StoreSpec spec = copyFixture("v1-store.sqlite");
        StoreAdmin admin = Samples.PROVIDER.admin(spec);
        assertEquals(1, admin.status().schemaVersion());

        MigrationReport report = admin.migrate(false);

        assertEquals(ShippedMigrations.SET.above(1), report.applied());
        assertEveryRecordIntact(spec);
    }

    @Test
    void aV2StoreUpgradesToHeadWithEveryRecordIntact() throws Exception {
        StoreSpec spec = copyFixture("v2-store.sqlite");
        StoreAdmin admin = Samples.PROVIDER.admin(spec);
        assertEquals(2, admin.status().schemaVersion());
        assertEquals(ShippedMigrations.SET.above(2), admin.status().pending());

        MigrationReport report = admin.migrate(false);

        assertEquals(new MigrationReport(2, ShippedMigrations.head(), ShippedMigrations.SET.above(2), false), report);
        assertEveryRecordIntact(spec);
    }

    /** Stores of versions after the committed fixtures are made by this binary's own migrations cut at that version. */
    @ParameterizedTest
    @ValueSource(ints = {3, 4, 5})
    void aStoreWithDataUpgradesToHeadWithEveryRecordIntactChainedNoPrunesAndNoDrift(int version) throws Exception {
        StoreSpec spec = Samples.spec(dir.resolve("v" + version + ".sqlite"));
        SqliteStorageProvider older = new SqliteStorageProvider(ShippedMigrations.SET.upTo(version));
        older.admin(spec).migrate(false);
        try (Store store = older.open(spec)) {
            FixtureContent.RUNS.forEach(store.runs()::create);
            FixtureContent.STEPS.forEach(store.steps()::create);
        }
        // Events as a binary of an unchained head wrote them, without a chain position: plain SQL, outside the adapter.
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + spec.location());
             PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_log (event_id, ts, level, run_id,"
                     + " scope, event, message, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (AuditEvent event : FixtureContent.EVENTS) {
                insert.setString(1, event.eventId().value());
                insert.setLong(2, ChronoUnit.MICROS.between(Instant.EPOCH, event.ts()));
                insert.setString(3, event.level().wireName());
                insert.setString(4, event.runId().map(r -> r.value()).orElse(null));
                insert.setString(5, event.scope());
                insert.setString(6, event.event());
                insert.setString(7, event.message());
                insert.setString(8, event.data().text());
                insert.executeUpdate();
            }
        }

        MigrationReport report = Samples.PROVIDER.admin(spec).migrate(false);

        assertEquals(new MigrationReport(version, ShippedMigrations.head(), ShippedMigrations.SET.above(version), false), report);
        assertEveryRecordIntact(spec);
        try (Store store = Samples.PROVIDER.open(spec)) {
            assertEquals(List.of(), store.auditRetention().prunes());
            assertEquals(FixtureContent.EVENTS.size(), ChainAssertions.verify(store.auditHistory()).size());
        }
        assertTrue(Samples.PROVIDER.admin(spec).check().stream().allMatch(Check::ok), "the catalog is the head's");
    }

    @Test
    void anUpgradedStoreKeepsItsCreationTimeAndRecordsTheNewVersion() throws Exception {
        StoreSpec spec = copyFixture("v2-store.sqlite");
        Samples.PROVIDER.admin(new StoreSpec(spec.location(), java.util.Map.of("app_version", "9.9.9"))).migrate(false);

        var meta = MigrationTest.meta(Path.of(spec.location()));

        assertEquals(Integer.toString(ShippedMigrations.head()), meta.get("schema_version"));
        assertEquals("9.9.9", meta.get("app_version"));
        assertEquals("2026-11-21T12:00:00.000000Z", meta.get("created_at"));
    }

    private void assertEveryRecordIntact(StoreSpec spec) {
        try (Store store = Samples.PROVIDER.open(spec)) {
            assertEquals(FixtureContent.RUNS, store.runs().list(RunFilter.ALL, PageRequest.first(100)).items());
            for (var run : FixtureContent.RUNS) {
                assertEquals(run, store.runs().find(run.runId()).orElseThrow());
            }
            assertEquals(FixtureContent.STEPS.subList(0, 2),
                    store.steps().list(FixtureContent.RUNS.get(0).runId(), PageRequest.first(100)).items());
            assertEquals(FixtureContent.EVENTS, store.auditLog().find(AuditFilter.ALL, PageRequest.first(100)).items());

            List<LedgerRecord> exported = new ArrayList<>();
            store.contents().exportTo(record -> exported.add(record.auditEvent().<LedgerRecord>map(event -> event).orElse(record)));
            List<LedgerRecord> expected = Stream.of(FixtureContent.RUNS, FixtureContent.STEPS, FixtureContent.EVENTS)
                    .flatMap(List::stream).map(LedgerRecord.class::cast).toList();
            assertEquals(expected, exported);
        }
    }

    private StoreSpec copyFixture(String name) throws Exception {
        Path target = dir.resolve(name);
        try (InputStream in = UpgradeTest.class.getResourceAsStream("/fixtures/" + name)) {
            Files.copy(in, target);
        }
        return Samples.spec(target);
    }
}
