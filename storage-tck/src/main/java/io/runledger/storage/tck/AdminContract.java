package io.runledger.storage.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.Check;
import io.runledger.storage.api.Migration;
import io.runledger.storage.api.MigrationReport;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.PageRequest;
import io.runledger.storage.api.RunFilter;
import io.runledger.storage.api.Store;
import io.runledger.storage.api.StoreAdmin;
import io.runledger.storage.api.StoreSpec;
import io.runledger.storage.api.StoreStatus;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link StoreAdmin}: status, dry runs, checks and failed opens of a missing store create nothing;
 * migrate creates the store at head, and migrating again is a no-op.
 */
public abstract class AdminContract extends StoreContract {
    private void assertNothingCreatedAt(StoreSpec spec) {
        assertFalse(activeFixture().storeExists(spec), () -> "nothing may be created at " + spec.location());
    }

    private static List<Integer> versions(List<Migration> migrations) {
        return migrations.stream().map(Migration::version).toList();
    }

    /** Every version from 1 to {@code head}, rising (a version number may be left out, never repeated or reordered). */
    private static void assertEveryVersionInOrder(int head, List<Integer> versions) {
        assertEquals(1, versions.get(0), versions.toString());
        assertEquals(head, versions.get(versions.size() - 1), versions.toString());
        for (int i = 1; i < versions.size(); i++) {
            assertTrue(versions.get(i) > versions.get(i - 1), "versions rise: " + versions);
        }
    }

    @Test
    void theProviderNamesItself() {
        assertFalse(provider().id().isBlank());
        assertFalse(provider().persistenceMode().isBlank());
    }

    @Test
    void statusOfAFreshSpecIsNotInitializedWithEveryMigrationPendingAndCreatesNothing() {
        StoreSpec spec = activeFixture().freshSpec();
        StoreStatus status = admin(spec).status();

        assertFalse(status.initialized());
        assertEquals(0, status.schemaVersion());
        assertTrue(status.schemaHead() >= 1, "a store has at least one schema version");
        assertEveryVersionInOrder(status.schemaHead(), versions(status.pending()));
        assertEquals(provider().id(), status.backend());
        assertEquals(provider().persistenceMode(), status.persistenceMode());
        assertFalse(status.atHead());
        assertNothingCreatedAt(spec);
    }

    @Test
    void openingAMissingStoreIsNotInitializedAndCreatesNothing() {
        StoreSpec spec = activeFixture().freshSpec();
        Reasons.assertFailsWith(ReasonCode.STORE_NOT_INITIALIZED, () -> open(spec));
        assertNothingCreatedAt(spec);
    }

    @Test
    void checkingOrVacuumingAMissingStoreIsNotInitializedAndCreatesNothing() {
        StoreSpec spec = activeFixture().freshSpec();
        Reasons.assertFailsWith(ReasonCode.STORE_NOT_INITIALIZED, () -> admin(spec).check());
        Reasons.assertFailsWith(ReasonCode.STORE_NOT_INITIALIZED, () -> admin(spec).vacuum());
        assertNothingCreatedAt(spec);
    }

    @Test
    void aDryRunReportsEveryPendingMigrationAndCreatesNothing() {
        StoreSpec spec = activeFixture().freshSpec();
        StoreAdmin admin = admin(spec);
        int head = admin.status().schemaHead();
        List<Migration> all = admin.status().pending();

        MigrationReport report = admin.migrate(true);

        assertTrue(report.dryRun());
        assertEquals(0, report.fromVersion());
        assertEquals(head, report.toVersion());
        assertEquals(all, report.applied());
        assertEveryVersionInOrder(head, versions(report.applied()));
        assertFalse(admin.status().initialized());
        assertNothingCreatedAt(spec);
        Reasons.assertFailsWith(ReasonCode.STORE_NOT_INITIALIZED, () -> open(spec));
    }

    @Test
    void migrateCreatesTheStoreAtHeadWithNothingPendingAndEveryCheckOk() {
        StoreSpec spec = activeFixture().freshSpec();
        StoreAdmin admin = admin(spec);
        int head = admin.status().schemaHead();
        List<Migration> all = admin.status().pending();

        MigrationReport report = admin.migrate(false);

        assertFalse(report.dryRun());
        assertEquals(0, report.fromVersion());
        assertEquals(head, report.toVersion());
        assertEquals(all, report.applied());
        assertEveryVersionInOrder(head, versions(report.applied()));
        assertTrue(activeFixture().storeExists(spec));
        StoreStatus status = admin(spec).status();
        assertTrue(status.initialized());
        assertEquals(head, status.schemaVersion());
        assertTrue(status.atHead());
        assertEquals(List.of(), status.pending());
        List<Check> checks = admin(spec).check();
        assertFalse(checks.isEmpty(), "check reports at least one check");
        checks.forEach(check -> assertTrue(check.ok(), () -> "check failed on a fresh store: " + check));
        try (Store store = provider().open(spec)) {
            assertTrue(store.contents().isEmpty());
        }
    }

    @Test
    void migratingAgainIsANoOpThatKeepsTheData() {
        StoreSpec spec = createdSpec();
        try (Store store = provider().open(spec)) {
            store.runs().create(Records.richRun("run-1"));
        }
        int head = admin(spec).status().schemaHead();

        MigrationReport again = admin(spec).migrate(false);
        MigrationReport dryAgain = admin(spec).migrate(true);

        assertEquals(new MigrationReport(head, head, List.of(), false), again);
        assertEquals(new MigrationReport(head, head, List.of(), true), dryAgain);
        assertEquals(Optional.of(Records.richRun("run-1")), open(spec).runs().find(Records.runId("run-1")));
    }

    @Test
    void vacuumKeepsTheDataAndTheChecksOk() {
        StoreSpec spec = createdSpec();
        try (Store store = provider().open(spec)) {
            store.runs().create(Records.richRun("run-1"));
        }
        admin(spec).vacuum();
        admin(spec).check().forEach(check -> assertTrue(check.ok(), () -> "check failed after vacuum: " + check));
        assertEquals(1, open(spec).runs().list(RunFilter.ALL, PageRequest.first(10)).items().size());
    }

    @Test
    void sqlMigrationsRunFromOneToAHeadOfAtLeastThree() {
        requireCapability(Capability.SQL_MIGRATIONS);
        StoreStatus status = admin(activeFixture().freshSpec()).status();
        assertTrue(status.schemaHead() >= 3, "V1 init, V2 indexes, V3 run lifecycle");
        status.pending().forEach(m -> assertFalse(m.description().isBlank(), () -> "migration " + m.version() + " needs a description"));
    }
}
