package io.runledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "done when": doctor on a fresh store, db migrate, doctor again. */
class DoctorTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aMissingStoreIsNotInitializedYetAndNothingIsCreated() {
        Cli.Result result = new Cli(dir).run("--backend", "sqlite", "--state", "scratch/s.sqlite", "doctor");

        assertEquals(3, result.exitCode(), result.toString());
        assertTrue(result.out().contains("not initialized yet"), result.toString());
        assertEquals(1, result.errLines().size(), result.toString());
        assertTrue(result.err().startsWith("runledger: ") && result.err().strip().endsWith("(reason: store_not_initialized)"),
                result.toString());
        assertFalse(Files.exists(dir.resolve("scratch")), "doctor must not create the directory");
    }

    @Test
    void afterMigrateDoctorReportsAHealthyWalStoreAtHead() throws Exception {
        Cli cli = new Cli(dir);
        assertEquals(3, cli.run("--backend", "sqlite", "--state", "scratch/s.sqlite", "doctor").exitCode());

        Cli.Result migrate = cli.run("--backend", "sqlite", "--state", "scratch/s.sqlite", "db", "migrate");
        assertEquals(0, migrate.exitCode(), migrate.toString());

        Cli.Result doctor = cli.run("--backend", "sqlite", "--state", "scratch/s.sqlite", "doctor", "--json");
        assertEquals(0, doctor.exitCode(), doctor.toString());
        assertEquals("", doctor.err());
        JsonNode report = JSON.readTree(doctor.out());
        assertEquals(Set.of("ok", "store_backend", "persistence_mode", "initialized", "schema_version", "schema_head",
                "checks"), keys(report));
        assertTrue(report.get("ok").asBoolean());
        assertEquals("sqlite", report.get("store_backend").asText());
        assertEquals("wal", report.get("persistence_mode").asText());
        assertTrue(report.get("initialized").asBoolean());
        assertTrue(report.get("schema_head").asInt() >= 3);
        assertEquals(report.get("schema_head").asInt(), report.get("schema_version").asInt());
        for (JsonNode check : report.get("checks")) {
            assertEquals(Set.of("name", "ok", "detail"), keys(check));
            assertTrue(check.get("ok").asBoolean(), check.toString());
        }
    }

    @Test
    void doctorJsonOnAMissingStoreCarriesTheReason() throws Exception {
        Cli.Result result = new Cli(dir).run("--state", "s.sqlite", "doctor", "--json");

        assertEquals(3, result.exitCode(), result.toString());
        JsonNode report = JSON.readTree(result.out());
        assertFalse(report.get("ok").asBoolean());
        assertFalse(report.get("initialized").asBoolean());
        assertEquals("store_not_initialized", report.get("reason").asText());
        assertFalse(Files.exists(dir.resolve("s.sqlite")));
    }

    @Test
    void doctorTextSaysWhereTheConfigurationCameFrom() {
        Cli.Result result = new Cli(dir, Map.of("RUNLEDGER_STATE", "env.sqlite")).run("doctor");

        assertTrue(result.out().contains("sqlite (default)"), result.toString());
        assertTrue(result.out().contains(dir.resolve("env.sqlite") + " (environment RUNLEDGER_STATE)"), result.toString());
    }

    static Set<String> keys(JsonNode node) {
        Set<String> keys = new TreeSet<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
