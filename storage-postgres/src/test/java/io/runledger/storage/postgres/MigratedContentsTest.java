package io.runledger.storage.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.RunStatus;
import io.runledger.storage.api.StoreContents;
import io.runledger.storage.api.StoreSpec;
import io.runledger.storage.sql.migration.FlywayMigrator;
import io.runledger.storage.tck.ContentHashes;
import io.runledger.storage.tck.Reasons;
import io.runledger.storage.tck.Records;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A store below the head read as its pending migrations will leave it (what `db migrate --backup`
 * exports): exactly what the store holds once migrated, with the same content hash, and nothing in
 * the store changed by the reading.
 */
class MigratedContentsTest {
    private final Databases databases = new Databases();

    @AfterEach
    void drop() {
        databases.close();
    }

    @Test
    void aV2StoreReadAsMigratedHoldsExactlyWhatTheMigratedStoreHoldsAndIsNotChanged() throws Exception {
        StoreSpec spec = storeAt(2);
        List<LedgerRecord> before = export(Databases.PROVIDER.admin(spec).contentsAsMigrated().orElseThrow());

        assertEquals(2, Databases.PROVIDER.admin(spec).status().schemaVersion(), "nothing was migrated");
        assertEquals(0, count("SELECT count(*) FROM information_schema.columns WHERE table_name = 'runs'"
                + " AND column_name = 'status'"), "the reading left no column behind");
        assertEquals(0, count("SELECT count(*) FROM pg_tables WHERE tablename = 'run_labels'"));

        Databases.PROVIDER.admin(spec).migrate(false);
        try (var store = Databases.PROVIDER.open(spec)) {
            List<LedgerRecord> after = export(store.contents());
            assertEquals(after, before);
            assertEquals(5, before.size());
            assertEquals(ContentHashes.of(store.contents()),
                    ContentHashes.of(Databases.PROVIDER.admin(spec).contentsAsMigrated().orElseThrow()));
        }
    }

    @Test
    void readingAsMigratedWaitsForTheMigrationLockThenIsStoreLocked() throws Exception {
        StoreSpec spec = storeAt(2);
        StoreSpec impatient = new StoreSpec(spec.location(), Map.of("lock_timeout_ms", "300"));
        try (Connection other = databases.connectToLast();
             PreparedStatement hold = other.prepareStatement("SELECT pg_advisory_lock(?, ?)")) {
            hold.setInt(1, AdvisoryLock.RUNLEDGER_MIGRATION);
            hold.setInt(2, AdvisoryLock.keyOf("public"));
            hold.execute();
            StoreContents contents = Databases.PROVIDER.admin(impatient).contentsAsMigrated().orElseThrow();
            Reasons.assertFailsWith(ReasonCode.STORE_LOCKED, () -> contents.exportTo(record -> { }));
        }
    }

    @Test
    void aMissingStoreIsNotInitializedAndImportIsRefused() {
        StoreSpec spec = databases.fresh();
        StoreContents contents = Databases.PROVIDER.admin(spec).contentsAsMigrated().orElseThrow();
        Reasons.assertFailsWith(ReasonCode.STORE_NOT_INITIALIZED, () -> contents.exportTo(record -> { }));
        Reasons.assertFailsWith(ReasonCode.INTERNAL_ERROR, () -> contents.importFrom(List.<LedgerRecord>of().iterator()));
        assertFalse(Databases.PROVIDER.admin(spec).status().initialized(), "reading created nothing");
    }

    @Test
    void aStoreAtTheHeadReadsAsItIs() {
        StoreSpec spec = databases.fresh();
        Databases.PROVIDER.admin(spec).migrate(false);
        try (var store = Databases.PROVIDER.open(spec)) {
            store.runs().create(Records.run("r1", RunStatus.SUCCEEDED, Map.of("env", "prod")));
            assertEquals(export(store.contents()), export(Databases.PROVIDER.admin(spec).contentsAsMigrated().orElseThrow()));
        }
        assertTrue(Databases.PROVIDER.admin(spec).status().atHead());
    }

    private StoreSpec storeAt(int version) throws Exception {
        StoreSpec spec = databases.fresh();
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(spec.location());
        new FlywayMigrator(dataSource).inSchema("public").migrate(version);
        try (Connection c = databases.connectToLast(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO runs (run_id, created_at, args, git_sha, config_hash) VALUES"
                    + " ('run-b', 1763719200123456, '{\"n\":2}', NULL, NULL),"
                    + " ('run-a', 1763719200000001, '{\"n\":1}', 'abc', '" + Records.CONFIG_HASH + "')");
            s.executeUpdate("INSERT INTO run_steps (run_id, step_id, name, status, started_at, finished_at, stats)"
                    + " VALUES ('run-a', 's-1', 'build', 'succeeded', 1763719200000001, 1763719201000001, '{\"ok\":true}')");
            s.executeUpdate("INSERT INTO audit_log (event_id, ts, level, run_id, scope, event, message, data) VALUES"
                    + " ('ev-1', 1763719200000001, 'warn', 'run-a', 'deploy', 'started', 'ünïcode 😀', '{}'),"
                    + " ('ev-2', 1763719200000002, 'info', NULL, 'ops', 'note', 'no run', '{\"k\":[1,2]}')");
        }
        return spec;
    }

    private long count(String sql) throws Exception {
        try (Connection c = databases.connectToLast(); Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static List<LedgerRecord> export(StoreContents contents) {
        List<LedgerRecord> records = new ArrayList<>();
        contents.exportTo(record -> records.add(record.auditEvent().<LedgerRecord>map(event -> event).orElse(record)));
        return records;
    }
}
