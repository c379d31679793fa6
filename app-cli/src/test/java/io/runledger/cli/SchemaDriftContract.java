package io.runledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A SQL store whose schema was changed by hand, or whose applied migration's checksum changed, is
 * reported by {@code doctor} and {@code db check} as {@code schema_drift} (exit 6), one line per
 * difference naming the object, and neither command changes anything; a clean store passes both.
 */
abstract class SchemaDriftContract extends CliContract {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    abstract SqlCliFixture fixture(Path dir);

    private SqlCliFixture sql() {
        return (SqlCliFixture) backend;
    }

    @Test
    void aCleanStorePassesDoctorAndDbCheck() {
        String location = migratedStore();

        Cli.Result doctor = on(location, "doctor");
        Cli.Result check = on(location, "db", "check");

        ok(doctor);
        ok(check);
        assertTrue(doctor.out().contains("[ok  ] schema_drift: none"), doctor.toString());
        assertTrue(check.out().contains("[ok  ] schema_drift: none"), check.toString());
    }

    @Test
    void aDroppedTableAndADroppedIndexAreEachReported() throws Exception {
        String location = migratedStore();
        sql().execute(location, "DROP INDEX audit_log_ts");
        sql().execute(location, "DROP TABLE run_labels");

        List<String> lines = assertDrift(location, "table run_labels is missing", "index audit_log_ts on audit_log is missing");

        assertEquals(2, lines.size(), lines.toString());
        JsonNode report = JSON.readTree(on(location, "doctor", "--json").out());
        assertEquals("schema_drift", report.get("reason").asText(), report.toString());
    }

    @Test
    void aDroppedColumnIsReported() {
        String location = migratedStore();
        sql().execute(location, "ALTER TABLE runs DROP COLUMN git_sha");

        assertDrift(location, "column runs.git_sha is missing");
    }

    @Test
    void aChangedColumnTypeIsReported() {
        String location = migratedStore();
        sql().changeColumnType(location, "runs", "git_sha", "VARCHAR(64)");

        assertDrift(location, "column runs.git_sha is ");
    }

    @Test
    void aDroppedCheckConstraintIsReported() {
        String location = migratedStore();
        sql().dropCheckConstraint(location, "run_steps", "status");

        assertDrift(location, "check constraint ");
    }

    @Test
    void anEditedChecksumOfAnAppliedMigrationIsReportedNamingItsFile() {
        String location = migratedStore();
        sql().execute(location, "UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '1'");

        assertDrift(location, "migration V1__init.sql was applied with checksum");
    }

    /**
     * Asserts that doctor and db check both fail with schema_drift, exit 6, and print a failed
     * {@code schema_drift} line starting with each of {@code differences}, and that neither changed the
     * store; returns db check's failed schema_drift lines.
     */
    private List<String> assertDrift(String location, String... differences) {
        List<String> before = backend.snapshot(location);
        Cli.Result doctor = on(location, "doctor");
        Cli.Result check = on(location, "db", "check");

        for (Cli.Result result : List.of(doctor, check)) {
            assertEquals(6, result.exitCode(), result.toString());
            assertTrue(result.err().strip().endsWith("(reason: schema_drift)"), result.toString());
            for (String difference : differences) {
                assertTrue(result.outLines().stream().anyMatch(l -> l.strip().startsWith("[FAIL] schema_drift: " + difference)),
                        difference + " in " + result);
            }
        }
        assertEquals(before, backend.snapshot(location), "doctor and db check change nothing");
        return check.outLines().stream().filter(l -> l.startsWith("[FAIL] schema_drift: ")).toList();
    }
}
