package io.runledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The base of the CLI command contracts, written once for every backend: each test gets a working
 * directory and {@link #fixture}'s backend; subclasses name the backend and nothing else.
 */
abstract class CliContract {
    @TempDir
    Path dir;

    /** The backend of the running test. */
    CliBackendFixture backend;

    /** The backend under test, with its file stores (if any) under {@code dir}; called before each test. */
    abstract CliBackendFixture fixture(Path dir);

    @BeforeEach
    final void obtainBackend() {
        backend = fixture(dir);
    }

    @AfterEach
    final void closeBackend() {
        backend.close();
    }

    /** Skips the test visibly (the reason names the capability) unless the backend has it. */
    final void requireCapability(CliCapability capability) {
        Assumptions.assumeTrue(backend.capabilities().contains(capability),
                () -> "skipped: backend " + backend.backend() + " lacks capability " + capability);
    }

    final Cli cli() {
        return new Cli(dir);
    }

    /** {@code runledger --backend B --state location command…}. */
    final Cli.Result on(String location, String... command) {
        return onWithInput(location, "", command);
    }

    final Cli.Result onWithInput(String location, String stdin, String... command) {
        return cli().runWithInput(stdin, args(location, command));
    }

    final String[] args(String location, String... command) {
        List<String> args = new ArrayList<>(List.of("--backend", backend.backend(), "--state", location));
        args.addAll(List.of(command));
        return args.toArray(String[]::new);
    }

    /**
     * A store at head at a fresh location, created with {@code db migrate}, or a copy of one
     * ({@link CliBackendFixture#migratedCopy()}).
     */
    final String migratedStore() {
        return backend.migratedCopy().orElseGet(() -> {
            String location = backend.freshLocation();
            ok(on(location, "db", "migrate"));
            return location;
        });
    }

    /** The store's content hash, from {@code store hash}. */
    final String hash(String location) {
        Cli.Result result = on(location, "store", "hash");
        ok(result);
        assertEquals(1, result.outLines().size(), result.toString());
        return result.outLines().get(0);
    }

    static void ok(Cli.Result result) {
        assertEquals(0, result.exitCode(), result.toString());
    }

    /** One error line, starting {@code runledger: } and ending with the reason, and the exit code. */
    static void refused(Cli.Result result, int exitCode, String reason) {
        assertEquals(exitCode, result.exitCode(), result.toString());
        assertEquals(1, result.errLines().size(), result.toString());
        assertTrue(result.err().startsWith("runledger: "), result.toString());
        assertTrue(result.err().strip().endsWith("(reason: " + reason + ")"), result.toString());
    }

    /**
     * A refusal of a {@code --json} command: {@link #refused}'s error line and exit code, and on stdout one
     * JSON object, alone on its line, saying {@code "ok":false} and the same reason; returns that object.
     */
    static JsonNode refusedAsJson(Cli.Result result, int exitCode, String reason) {
        refused(result, exitCode, reason);
        JsonNode report = oneJsonObject(result);
        assertFalse(report.get("ok").asBoolean(true), result.toString());
        assertEquals(reason, report.get("reason").asText(), result.toString());
        return report;
    }

    /** The one line on stdout, parsed: it must be a JSON object. */
    static JsonNode oneJsonObject(Cli.Result result) {
        assertEquals(1, result.outLines().size(), "one JSON object on stdout: " + result);
        try {
            JsonNode report = new ObjectMapper().readTree(result.outLines().get(0));
            assertTrue(report.isObject(), result.toString());
            return report;
        } catch (JsonProcessingException e) {
            throw new AssertionError("stdout is not JSON: " + result, e);
        }
    }
}
