package io.runledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A store whose schema is newer than this binary is refused by every command, naming both versions,
 * and not a byte (or row) of it changes; a migration from it creates no target.
 */
abstract class NewerSchemaContract extends CliContract {
    private static final String EVENT = "{\"level\":\"info\",\"scope\":\"t\",\"event\":\"e\",\"message\":\"m\"}\n";

    private String location;

    static Stream<String> everyCommand() {
        return Stream.of("doctor", "doctor --json", "db status", "db status --json", "db migrate", "db migrate --dry-run",
                "db migrate --backup", "db check", "db backup b.backup", "db vacuum", "audit append",
                "audit append --print-ids", "store hash", "store export --out x.jsonl", "store import --in sample.jsonl",
                "serve --port 0");
    }

    @BeforeEach
    void aStoreFromTheFuture() {
        location = migratedStore();
        backend.makeSchemaNewer(location, 99);
        ExportFiles.sample(dir.resolve("sample.jsonl"));
    }

    @ParameterizedTest
    @MethodSource("everyCommand")
    void everyCommandRefusesItAndWritesNothing(String command) {
        List<String> before = backend.snapshot(location);

        Cli.Result result = onWithInput(location, EVENT, command.split(" "));

        assertEquals(4, result.exitCode(), result.toString());
        assertEquals(1, result.errLines().size(), result.toString());
        String line = result.errLines().get(0);
        assertTrue(line.endsWith("(reason: schema_newer_than_binary)"), line);
        assertTrue(line.contains("99") && line.contains(" " + cli().schemaHead()), "names both versions: " + line);
        assertEquals(before, backend.snapshot(location), "the store must not change");
        assertTrue(Files.notExists(dir.resolve("x.jsonl")) && Files.notExists(dir.resolve("b.backup")));
    }

    @ParameterizedTest
    @MethodSource("targets")
    void migratingFromItIsRefusedAndCreatesNoTarget(String target) {
        List<String> before = backend.snapshot(location);

        Cli.Result result = cli().run("store", "migrate", "--from", backend.spec(location), "--to", target, "--quiet");

        assertEquals(4, result.exitCode(), result.toString());
        assertTrue(result.err().strip().endsWith("(reason: schema_newer_than_binary)"), result.toString());
        assertEquals(before, backend.snapshot(location));
        assertTrue(Files.notExists(dir.resolve("t.sqlite")) && Files.notExists(dir.resolve("t")));
    }

    static Stream<String> targets() {
        return Stream.of("sqlite:t.sqlite", "json:t/state.json");
    }
}
