package io.runledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A PostgreSQL store whose schema is newer than this binary is refused by every command, naming both
 * versions, and not a row of it changes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresNewerSchemaTest {
    private static final String EVENT = "{\"level\":\"info\",\"scope\":\"t\",\"event\":\"e\",\"message\":\"m\"}\n";

    private final PostgresDatabases databases = new PostgresDatabases();
    private Path dir;
    private String database;
    private String url;

    @BeforeAll
    void aStoreFromTheFuture() throws Exception {
        dir = Files.createTempDirectory("runledger-pg-newer-");
        database = databases.fresh();
        url = databases.url(database);
        assertEquals(0, new Cli(dir).run("--backend", "postgres", "--state", url, "db", "migrate").exitCode());
        // Test-only shortcut: a later binary would have applied V99 through Flyway.
        databases.execute(database, "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                + " checksum, installed_by, execution_time, success) VALUES (99, '99', 'from the future', 'SQL',"
                + " 'V99__from_the_future.sql', 0, 'test', 1, TRUE)");
        ExportFiles.sample(dir.resolve("sample.jsonl"));
    }

    @AfterAll
    void drop() throws Exception {
        databases.close();
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(dir);
    }

    @ParameterizedTest
    @ValueSource(strings = {"doctor", "doctor --json", "db status", "db status --json", "db migrate",
        "db migrate --dry-run", "db vacuum", "audit append", "audit append --print-ids", "store hash",
        "store export --out x.jsonl", "store import --in sample.jsonl", "serve --port 0"})
    void everyCommandRefusesItAndWritesNothing(String command) throws Exception {
        List<String> before = databases.snapshot(database);
        List<String> args = new ArrayList<>(List.of("--backend", "postgres", "--state", url));
        args.addAll(List.of(command.split(" ")));

        Cli.Result result = new Cli(dir).runWithInput(EVENT, args.toArray(String[]::new));

        assertEquals(4, result.exitCode(), result.toString());
        assertEquals(1, result.errLines().size(), result.toString());
        String line = result.errLines().get(0);
        assertTrue(line.endsWith("(reason: schema_newer_than_binary)"), line);
        assertTrue(line.contains("99") && line.contains(" 3"), "names both versions: " + line);
        assertEquals(before, databases.snapshot(database), "the database must not change");
        assertTrue(Files.notExists(dir.resolve("x.jsonl")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite:t.sqlite", "json:t/state.json"})
    void migratingFromItIsRefusedAndCreatesNoTarget(String target) throws Exception {
        List<String> before = databases.snapshot(database);

        Cli.Result result = new Cli(dir).run("store", "migrate", "--from", "postgres:" + url, "--to", target, "--quiet");

        assertEquals(4, result.exitCode(), result.toString());
        assertTrue(result.err().strip().endsWith("(reason: schema_newer_than_binary)"), result.toString());
        assertEquals(before, databases.snapshot(database));
        assertTrue(Files.notExists(dir.resolve("t.sqlite")) && Files.notExists(dir.resolve("t")));
    }
}
