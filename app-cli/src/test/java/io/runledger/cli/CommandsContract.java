package io.runledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.runledger.bootstrap.ConfigFlags;
import io.runledger.bootstrap.ConfigResolver;
import io.runledger.bootstrap.LedgerRuntime;
import io.runledger.bootstrap.ProviderRegistry;
import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.AuditFilter;
import io.runledger.storage.api.PageRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The "done when" on every backend: doctor on a missing store, db migrate, doctor and db status
 * again, db vacuum, and audit append printing the stored ids.
 */
abstract class CommandsContract extends CliContract {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void doctorOnAMissingStoreIsNotInitializedYetAndCreatesNothing() {
        String location = backend.freshLocation();

        Cli.Result doctor = on(location, "doctor");

        assertEquals(3, doctor.exitCode(), doctor.toString());
        assertTrue(doctor.out().contains("not initialized yet"), doctor.toString());
        assertEquals(1, doctor.errLines().size(), doctor.toString());
        assertTrue(doctor.err().startsWith("runledger: ") && doctor.err().strip().endsWith("(reason: store_not_initialized)"),
                doctor.toString());
        assertFalse(backend.storeExists(location), "doctor must not create anything");
    }

    @Test
    void afterMigrateDoctorReportsAHealthyStoreAtHead() throws Exception {
        String location = backend.freshLocation();
        assertEquals(3, on(location, "doctor").exitCode());

        Cli.Result migrate = on(location, "db", "migrate");
        assertEquals(0, migrate.exitCode(), migrate.toString());

        Cli.Result doctor = on(location, "doctor", "--json");
        assertEquals(0, doctor.exitCode(), doctor.toString());
        assertEquals("", doctor.err());
        JsonNode report = JSON.readTree(doctor.out());
        assertEquals(Set.of("ok", "store_backend", "persistence_mode", "initialized", "schema_version", "schema_head",
                "checks"), DoctorTest.keys(report));
        assertTrue(report.get("ok").asBoolean(), report.toString());
        assertEquals(backend.backend(), report.get("store_backend").asText());
        assertEquals(backend.persistenceMode(), report.get("persistence_mode").asText());
        assertTrue(report.get("initialized").asBoolean());
        assertTrue(report.get("schema_head").asInt() >= 3);
        assertEquals(report.get("schema_head").asInt(), report.get("schema_version").asInt());
        for (JsonNode check : report.get("checks")) {
            assertEquals(Set.of("name", "ok", "detail"), DoctorTest.keys(check));
            assertTrue(check.get("ok").asBoolean(), check.toString());
        }
    }

    @Test
    void doctorJsonOnAMissingStoreCarriesTheReason() throws Exception {
        String location = backend.freshLocation();

        Cli.Result result = on(location, "doctor", "--json");

        assertEquals(3, result.exitCode(), result.toString());
        JsonNode report = JSON.readTree(result.out());
        assertFalse(report.get("ok").asBoolean());
        assertFalse(report.get("initialized").asBoolean());
        assertEquals("store_not_initialized", report.get("reason").asText());
        assertFalse(backend.storeExists(location));
    }

    @Test
    void statusJsonHasTheDocumentedKeysAndReportsTheStoreAtHead() throws Exception {
        String location = migratedStore();

        Cli.Result result = on(location, "db", "status", "--json");

        assertEquals(0, result.exitCode(), result.toString());
        JsonNode status = JSON.readTree(result.out());
        assertEquals(Set.of("store_backend", "location", "initialized", "schema_version", "schema_head", "pending",
                "repair_pending"), DoctorTest.keys(status));
        assertEquals(backend.backend(), status.get("store_backend").asText());
        assertTrue(backend.namesLocation(location, status.get("location").asText()), status.toString());
        assertTrue(status.get("initialized").asBoolean());
        assertEquals(status.get("schema_head").asInt(), status.get("schema_version").asInt());
        assertTrue(status.get("pending").isArray() && status.get("pending").isEmpty(), status.toString());
    }

    @Test
    void statusOfAMissingStoreListsWhatMigrateWouldApplyAndExits3() throws Exception {
        String location = backend.freshLocation();

        Cli.Result result = on(location, "db", "status", "--json");

        assertEquals(3, result.exitCode(), result.toString());
        JsonNode status = JSON.readTree(result.out());
        assertFalse(status.get("initialized").asBoolean());
        assertEquals(0, status.get("schema_version").asInt());
        JsonNode first = status.get("pending").get(0);
        assertEquals(Set.of("version", "description"), DoctorTest.keys(first));
        assertEquals(1, first.get("version").asInt());
        assertTrue(result.err().contains("(reason: store_not_initialized)"), result.toString());
        assertFalse(backend.storeExists(location));
    }

    @Test
    void aDryRunWritesNothing() {
        String location = backend.freshLocation();

        Cli.Result result = on(location, "db", "migrate", "--dry-run");

        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(result.out().contains("Nothing was written"), result.toString());
        assertFalse(backend.storeExists(location), "a dry run must not even create the directory");
    }

    @Test
    void migrateCreatesTheStoreWithItsDirectoriesAndIsIdempotent() {
        String location = backend.freshLocation();
        Cli.Result first = on(location, "db", "migrate");
        assertEquals(0, first.exitCode(), first.toString());
        assertTrue(backend.storeExists(location));

        Cli.Result second = on(location, "db", "migrate");
        assertEquals(0, second.exitCode(), second.toString());
        assertTrue(second.out().contains("nothing to do"), second.toString());
    }

    @Test
    void vacuumNeedsAnExistingStore() {
        String location = backend.freshLocation();
        Cli.Result missing = on(location, "db", "vacuum");
        assertEquals(3, missing.exitCode(), missing.toString());
        assertFalse(backend.storeExists(location));

        assertEquals(0, on(location, "db", "migrate").exitCode());
        Cli.Result vacuum = on(location, "db", "vacuum");
        assertEquals(0, vacuum.exitCode(), vacuum.toString());
    }

    @Test
    void auditAppendPrintsTheIdsOfWhatIsStored() {
        String location = backend.freshLocation();
        String input = "{\"event_id\":\"ev-given\",\"level\":\"info\",\"scope\":\"deploy\",\"event\":\"started\",\"message\":\"v42\"}\n"
                + "{\"level\":\"warn\",\"scope\":\"deploy\",\"event\":\"slow\",\"message\":\"40s\",\"data\":{\"s\":40}}\n";

        Cli.Result appended = onWithInput(location, input, "audit", "append", "--print-ids");

        assertEquals(0, appended.exitCode(), appended.toString());
        List<String> printed = appended.outLines();
        assertEquals(2, printed.size(), appended.toString());
        assertEquals("ev-given", printed.get(0));
        assertEquals(printed.stream().sorted().toList(), storedEventIds(location));
    }

    /** The ids of every stored audit event, in id order, read through the backend's own port. */
    private List<String> storedEventIds(String location) {
        ProviderRegistry registry = ProviderRegistry.installed();
        var config = new ConfigResolver(registry).resolve(
                new ConfigFlags(Optional.of(backend.backend()), Optional.of(location), Optional.empty()), Map.of(), dir);
        try (LedgerRuntime runtime = LedgerRuntime.start(config, registry)) {
            runtime.store();
            return runtime.auditTrail().find(AuditFilter.ALL, PageRequest.first(1000)).items().stream()
                    .map(AuditEvent::eventId).map(Object::toString).toList();
        }
    }
}
