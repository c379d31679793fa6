package io.runledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DbCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void statusJsonHasTheDocumentedKeys() throws Exception {
        Cli cli = new Cli(dir);
        assertEquals(0, cli.run("--state", "s.sqlite", "db", "migrate").exitCode());

        Cli.Result result = cli.run("--state", "s.sqlite", "db", "status", "--json");

        assertEquals(0, result.exitCode(), result.toString());
        JsonNode status = JSON.readTree(result.out());
        assertEquals(Set.of("store_backend", "location", "initialized", "schema_version", "schema_head", "pending"),
                DoctorTest.keys(status));
        assertEquals("sqlite", status.get("store_backend").asText());
        assertEquals(dir.resolve("s.sqlite").toString(), status.get("location").asText());
        assertTrue(status.get("initialized").asBoolean());
        assertEquals(status.get("schema_head").asInt(), status.get("schema_version").asInt());
        assertTrue(status.get("pending").isArray() && status.get("pending").isEmpty());
    }

    @Test
    void statusOfAMissingStoreListsWhatMigrateWouldApplyAndExits3() throws Exception {
        Cli.Result result = new Cli(dir).run("--state", "s.sqlite", "db", "status", "--json");

        assertEquals(3, result.exitCode(), result.toString());
        JsonNode status = JSON.readTree(result.out());
        assertFalse(status.get("initialized").asBoolean());
        assertEquals(0, status.get("schema_version").asInt());
        JsonNode first = status.get("pending").get(0);
        assertEquals(Set.of("version", "description"), DoctorTest.keys(first));
        assertEquals(1, first.get("version").asInt());
        assertTrue(result.err().contains("(reason: store_not_initialized)"), result.toString());
        assertFalse(Files.exists(dir.resolve("s.sqlite")));
    }

    @Test
    void aDryRunWritesNothing() {
        Cli.Result result = new Cli(dir).run("--state", "new/s.sqlite", "db", "migrate", "--dry-run");

        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(result.out().contains("Nothing was written"), result.toString());
        assertFalse(Files.exists(dir.resolve("new")), "a dry run must not even create the directory");
    }

    @Test
    void migrateCreatesTheStoreWithItsDirectoriesAndIsIdempotent() {
        Cli cli = new Cli(dir);
        Cli.Result first = cli.run("--state", "a/b/s.sqlite", "db", "migrate");
        assertEquals(0, first.exitCode(), first.toString());
        assertTrue(Files.isRegularFile(dir.resolve("a/b/s.sqlite")));

        Cli.Result second = cli.run("--state", "a/b/s.sqlite", "db", "migrate");
        assertEquals(0, second.exitCode(), second.toString());
        assertTrue(second.out().contains("nothing to do"), second.toString());
    }

    @Test
    void theDefaultStoreIsUnderRunledgerDataInTheWorkingDirectory() {
        assertEquals(0, new Cli(dir).run("db", "migrate").exitCode());

        assertTrue(Files.isRegularFile(dir.resolve("runledger-data/state.sqlite")));
    }

    @Test
    void vacuumNeedsAnExistingStore() {
        Cli cli = new Cli(dir);
        Cli.Result missing = cli.run("--state", "s.sqlite", "db", "vacuum");
        assertEquals(3, missing.exitCode(), missing.toString());
        assertFalse(Files.exists(dir.resolve("s.sqlite")));

        assertEquals(0, cli.run("--state", "s.sqlite", "db", "migrate").exitCode());
        Cli.Result vacuum = cli.run("--state", "s.sqlite", "db", "vacuum");
        assertEquals(0, vacuum.exitCode(), vacuum.toString());
    }

    @Test
    void aConfigFileCanNameTheStore() throws Exception {
        Files.writeString(dir.resolve("runledger.properties"), "backend=sqlite\nstate=from-file.sqlite\n");

        Cli.Result result = new Cli(dir).run("--config", "runledger.properties", "db", "migrate");

        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(Files.isRegularFile(dir.resolve("from-file.sqlite")));
    }
}
