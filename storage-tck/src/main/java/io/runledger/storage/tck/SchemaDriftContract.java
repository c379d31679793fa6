package io.runledger.storage.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.Check;
import io.runledger.storage.api.Migration;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreAdmin;
import io.runledger.storage.api.StoreSpec;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A SQL store's live schema against what its recorded version should have ({@code schema_drift}): a
 * store any shipped binary made is clean at its version; a table, index or column removed by hand, or
 * an applied migration whose checksum changed, is reported by the checks, one failed check per
 * difference naming the object; an extra index is shown and passes; a migration over a changed
 * migration is refused naming its file, and applies nothing.
 */
public abstract class SchemaDriftContract extends StoreContract {
    @Override
    protected abstract SqlSchemaFixture fixture();

    private SqlSchemaFixture sql() {
        return (SqlSchemaFixture) activeFixture();
    }

    private List<Check> driftChecks(StoreSpec spec) {
        return admin(spec).check().stream().filter(c -> c.name().equals(Check.SCHEMA_DRIFT)).toList();
    }

    private List<String> failures(StoreSpec spec) {
        return driftChecks(spec).stream().filter(c -> !c.ok()).map(Check::detail).toList();
    }

    @Test
    void aStoreMadeByEveryShippedBinaryHasNoDriftAtItsVersion() {
        for (int version : shippedVersions()) {
            StoreSpec spec = fresh();
            try (StoreAdmin older = sql().binaryWithHead(version).admin(spec)) {
                older.migrate(false);
            }
            List<Check> checks = driftChecks(spec);

            assertEquals(1, checks.size(), "version " + version + ": " + checks);
            assertTrue(checks.get(0).ok(), "version " + version + ": " + checks);
            assertTrue(checks.get(0).detail().contains("schema version " + version), checks.toString());
        }
    }

    @Test
    void aDroppedTableAndADroppedIndexAreEachReported() {
        StoreSpec spec = createdSpec();
        sql().execute(spec, "DROP INDEX audit_log_ts");
        sql().execute(spec, "DROP TABLE run_labels");

        List<String> failures = failures(spec);

        assertEquals(2, failures.size(), failures.toString());
        assertTrue(failures.stream().anyMatch(f -> f.startsWith("index audit_log_ts on audit_log is missing")), failures.toString());
        assertTrue(failures.stream().anyMatch(f -> f.startsWith("table run_labels is missing")), failures.toString());
        List<Check> failed = admin(spec).check().stream().filter(c -> !c.ok()).toList();
        assertTrue(failed.stream().allMatch(c -> c.failure().equals(Optional.of(ReasonCode.SCHEMA_DRIFT))),
                "every failure is schema drift, also a backend's own check of the keys: " + failed);
    }

    @Test
    void aDroppedColumnIsReported() {
        StoreSpec spec = createdSpec();
        sql().execute(spec, "ALTER TABLE runs DROP COLUMN git_sha");

        assertEquals(List.of("column runs.git_sha is missing (schema version " + head(spec) + " has it)"), failures(spec));
    }

    @Test
    void anExtraIndexIsShownButPasses() {
        StoreSpec spec = createdSpec();
        sql().execute(spec, "CREATE INDEX operator_runs_git_sha ON runs (git_sha)");

        List<Check> checks = driftChecks(spec);

        assertTrue(checks.stream().allMatch(Check::ok), checks.toString());
        assertTrue(checks.stream().anyMatch(c -> c.detail().startsWith("index operator_runs_git_sha on runs")), checks.toString());
    }

    @Test
    void anExtraTableIsReported() {
        StoreSpec spec = createdSpec();
        sql().execute(spec, "CREATE TABLE operator_notes (note VARCHAR(10))");

        assertEquals(List.of("table operator_notes is not part of schema version " + head(spec)), failures(spec));
    }

    @Test
    void aChangedChecksumOfAnAppliedMigrationIsReportedNamingItsFile() {
        StoreSpec spec = createdSpec();
        sql().execute(spec, "UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '1'");

        List<String> failures = failures(spec);

        assertEquals(1, failures.size(), failures.toString());
        assertTrue(failures.get(0).startsWith("migration V1__init.sql was applied with checksum"), failures.toString());
    }

    @Test
    void aMigrationOverAChangedMigrationIsRefusedAndAppliesNothing() {
        StoreSpec spec = fresh();
        List<Integer> versions = shippedVersions();
        int previous = versions.get(versions.size() - 2);
        try (StoreAdmin older = sql().binaryWithHead(previous).admin(spec)) {
            older.migrate(false);
        }
        sql().execute(spec, "UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '1'");

        var refused = Reasons.assertFailsWith(ReasonCode.SCHEMA_DRIFT, () -> admin(spec).migrate(false));

        assertTrue(refused.getMessage().contains("V1__init.sql"), refused.getMessage());
        assertEquals(previous, admin(spec).status().schemaVersion(), "nothing was applied");
        assertFalse(admin(spec).status().atHead());
    }

    /** Every schema version this binary ships, oldest first, as a fresh store's pending migrations list them. */
    private List<Integer> shippedVersions() {
        return admin(fresh()).status().pending().stream().map(Migration::version).toList();
    }

    private StoreSpec fresh() {
        return activeFixture().freshSpec();
    }

    private int head(StoreSpec spec) {
        return admin(spec).status().schemaHead();
    }
}
