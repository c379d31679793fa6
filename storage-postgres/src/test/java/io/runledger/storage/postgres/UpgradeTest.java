package io.runledger.storage.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.sql.migration.ShippedMigrations;
import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.AuditFilter;
import io.runledger.storage.api.AuditLevel;
import io.runledger.storage.api.CanonicalJson;
import io.runledger.storage.api.Check;
import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.api.MigrationReport;
import io.runledger.storage.api.PageRequest;
import io.runledger.storage.api.Run;
import io.runledger.storage.api.RunFilter;
import io.runledger.storage.api.RunStatus;
import io.runledger.storage.api.Step;
import io.runledger.storage.api.StepStatus;
import io.runledger.storage.api.Store;
import io.runledger.storage.api.StoreSpec;
import io.runledger.storage.sql.migration.FlywayMigrator;
import io.runledger.storage.tck.Records;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * N-1 → N on PostgreSQL: a store is migrated with Flyway's {@code target} to an older version, filled
 * with plain JDBC as that version's binary would have, then migrated to head with every record intact.
 * (SQLite keeps committed fixture files for this; a server database cannot be committed, so it is
 * built the same way on every run from the same shipped migrations.)
 */
class UpgradeTest {
    private static final Instant CREATED = Instant.parse("2026-11-21T10:00:00.123456Z");

    private final Databases databases = new Databases();

    @AfterEach
    void drop() {
        databases.close();
    }

    @Test
    void aV1StoreWithDataUpgradesToHeadWithEveryRecordIntact() throws Exception {
        StoreSpec spec = storeAt(1);
        assertEquals(1, Databases.PROVIDER.admin(spec).status().schemaVersion());

        MigrationReport report = Databases.PROVIDER.admin(spec).migrate(false);

        assertEquals(ShippedMigrations.SET.above(1), report.applied());
        assertEveryRecordIntact(spec);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 4, 5})
    void aStoreWithDataUpgradesToHeadWithEveryRecordIntactAndNoDrift(int version) throws Exception {
        StoreSpec spec = storeAt(version);

        MigrationReport report = Databases.PROVIDER.admin(spec).migrate(false);

        assertEquals(new MigrationReport(version, ShippedMigrations.head(), ShippedMigrations.SET.above(version), false), report);
        assertEveryRecordIntact(spec);
        assertTrue(Databases.PROVIDER.admin(spec).check().stream().allMatch(Check::ok), "the catalog is the head's");
    }

    private StoreSpec storeAt(int version) throws Exception {
        StoreSpec spec = databases.fresh();
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(spec.location());
        new FlywayMigrator(dataSource).inSchema("public").migrate(version);
        try (Connection c = databases.connectToLast()) {
            insert(c, "INSERT INTO runs (run_id, created_at, args, git_sha, config_hash) VALUES (?, ?, ?, ?, ?)",
                    "run-1", micros(CREATED), "{\"n\":1}", Records.GIT_SHA, Records.CONFIG_HASH);
            insert(c, "INSERT INTO run_steps (run_id, step_id, name, status, started_at, finished_at, stats)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)", "run-1", "s-1", "build", "succeeded", micros(CREATED),
                    micros(CREATED.plusSeconds(1)), "{\"ok\":true}");
            insert(c, "INSERT INTO audit_log (event_id, ts, level, run_id, scope, event, message, data)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", "ev-1", micros(CREATED), "warn", "run-1", "deploy", "started",
                    "ünïcode 😀", "{}");
        }
        return spec;
    }

    private static void assertEveryRecordIntact(StoreSpec spec) {
        Run run = new Run(Records.runId("run-1"), CREATED, new CanonicalJson("{\"n\":1}"), Optional.of(Records.GIT_SHA),
                Optional.of(Records.CONFIG_HASH), RunStatus.RUNNING, Optional.empty(), Map.of());
        Step step = new Step(Records.runId("run-1"), Records.stepId("s-1"), "build", StepStatus.SUCCEEDED,
                Optional.of(CREATED), Optional.of(CREATED.plusSeconds(1)), new CanonicalJson("{\"ok\":true}"));
        AuditEvent event = new AuditEvent(Records.eventId("ev-1"), CREATED, AuditLevel.WARN, Optional.of(Records.runId("run-1")),
                "deploy", "started", "ünïcode 😀", CanonicalJson.EMPTY_OBJECT);
        try (Store store = Databases.PROVIDER.open(spec)) {
            assertEquals(List.of(run), store.runs().list(RunFilter.ALL, PageRequest.first(10)).items());
            assertEquals(List.of(event), store.auditLog().find(AuditFilter.ALL, PageRequest.first(10)).items());
            List<LedgerRecord> exported = new ArrayList<>();
            store.contents().exportTo(record -> exported.add(record.auditEvent().<LedgerRecord>map(audit -> audit).orElse(record)));
            assertEquals(List.of(run, step, event), exported);
            store.runs().update(run.withStatus(RunStatus.SUCCEEDED, Optional.of(CREATED.plusSeconds(5)))
                    .withLabels(Map.of("env", "prod")), RunStatus.RUNNING);
            assertEquals(Map.of("env", "prod"), store.runs().find(run.runId()).orElseThrow().labels());
        }
    }

    private static long micros(Instant instant) {
        return instant.getEpochSecond() * 1_000_000 + instant.getNano() / 1_000;
    }

    private static void insert(Connection connection, String sql, Object... values) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }
}
