package io.runledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The transfer refusals with a PostgreSQL end: one error line with its reason and exit code, the
 * target database exactly as it was, and nothing created in a database that held no store.
 */
class PostgresStoreRefusalsTest {
    /** Lines of the shared vector: 1 header, 2-13 runs, 14-43 steps, 44-103 audit events, 104 trailer. */
    private static final int TRAILER = 104;

    @TempDir
    Path dir;

    private final PostgresDatabases databases = new PostgresDatabases();

    @AfterEach
    void dropDatabases() {
        databases.close();
    }

    private Cli cli() {
        return new Cli(dir);
    }

    static void refused(Cli.Result result, int exitCode, String reason) {
        assertEquals(exitCode, result.exitCode(), result.toString());
        assertEquals(1, result.errLines().size(), result.toString());
        assertTrue(result.err().startsWith("runledger: "), result.toString());
        assertTrue(result.err().strip().endsWith("(reason: " + reason + ")"), result.toString());
    }

    private Path sample() {
        return ExportFiles.sample(dir.resolve("sample.jsonl"));
    }

    private Path tampered(String name, Consumer<List<String>> edit) {
        List<String> lines = new ArrayList<>(ExportFiles.lines(sample()));
        edit.accept(lines);
        return ExportFiles.writeLines(dir.resolve(name), lines);
    }

    /** A transfer command without progress lines, so that a refusal is the only line on standard error. */
    private Cli.Result quietly(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--quiet");
        return cli().run(all.toArray(String[]::new));
    }

    private String hash(String url) {
        Cli.Result result = cli().run("--backend", "postgres", "--state", url, "store", "hash");
        assertEquals(0, result.exitCode(), result.toString());
        return result.outLines().get(0);
    }

    @Test
    void importIntoAPostgresStoreWithDataIsTargetExistsAndChangesNothing() throws Exception {
        String database = databases.fresh();
        String url = databases.url(database);
        assertEquals(0, cli().run("--backend", "postgres", "--state", url, "store", "import", "--in", sample().toString()).exitCode());
        List<String> before = databases.snapshot(database);

        refused(quietly("--backend", "postgres", "--state", url, "store", "import", "--in", sample().toString()),
                8, "state_migration_target_exists");

        assertEquals(before, databases.snapshot(database));
    }

    @Test
    void migrateIntoAPostgresStoreWithDataIsTargetExistsAndChangesNothing() throws Exception {
        String database = databases.fresh();
        String url = databases.url(database);
        assertEquals(0, cli().run("--state", "a.sqlite", "store", "import", "--in", sample().toString()).exitCode());
        assertEquals(0, cli().run("--backend", "postgres", "--state", url, "store", "import", "--in",
                ExportFiles.write(dir.resolve("other.jsonl"), new AwkwardRecords(7).dataset(2, 1, 3)).toString()).exitCode());
        List<String> before = databases.snapshot(database);

        refused(quietly("store", "migrate", "--from", "sqlite:a.sqlite", "--to", "postgres:" + url), 8, "state_migration_target_exists");

        assertEquals(before, databases.snapshot(database));
    }

    @Test
    void aTamperedFileIsAHashMismatchAndLeavesThePostgresStoreEmpty() throws Exception {
        String database = databases.fresh();
        String url = databases.url(database);
        assertEquals(0, cli().run("--backend", "postgres", "--state", url, "db", "migrate").exitCode());
        List<String> before = databases.snapshot(database);
        Path trailer = tampered("trailer.jsonl", lines -> lines.set(TRAILER - 1,
                lines.get(TRAILER - 1).replaceFirst("sha256:[0-9a-f]{64}", "sha256:" + "ab".repeat(32))));
        Path record = tampered("record.jsonl", lines -> lines.set(70, lines.get(70).replace("\"message\":\"", "\"message\":\"edited ")));

        for (Path file : List.of(trailer, record)) {
            Cli.Result result = quietly("--backend", "postgres", "--state", url, "store", "import", "--in", file.toString());
            refused(result, 7, "state_migration_hash_mismatch");
            assertTrue(result.err().startsWith("runledger: line " + TRAILER + ": "), result.toString());
        }

        assertEquals(before, databases.snapshot(database));
        assertEquals(ExportFiles.EMPTY_HASH, hash(url));
    }

    @Test
    void aTamperedFileLeavesAnEmptyDatabaseWithoutTables() throws Exception {
        String database = databases.fresh();
        String url = databases.url(database);
        Path record = tampered("record.jsonl", lines -> lines.set(70, lines.get(70).replace("\"message\":\"", "\"message\":\"edited ")));

        refused(quietly("--backend", "postgres", "--state", url, "store", "import", "--in", record.toString()),
                7, "state_migration_hash_mismatch");

        assertEquals(List.of(), databases.tables(database), "the store the refused import created is removed");
    }

    @Test
    void migrateFromAnEmptyPostgresDatabaseIsSourceMissingAndCreatesNeitherEnd() throws Exception {
        String source = databases.fresh();
        String target = databases.fresh();

        refused(quietly("store", "migrate", "--from", "postgres:" + databases.url(source), "--to", "sqlite:t/target.sqlite"),
                8, "state_migration_source_missing");
        refused(quietly("store", "migrate", "--from", "postgres:" + databases.url(source), "--to", "postgres:" + databases.url(target)),
                8, "state_migration_source_missing");

        assertEquals(List.of(), databases.tables(source));
        assertEquals(List.of(), databases.tables(target));
        assertFalse(Files.exists(dir.resolve("t")));
    }

    @Test
    void exportAndHashOfAnEmptyPostgresDatabaseCreateNothing() throws Exception {
        String database = databases.fresh();
        String url = databases.url(database);

        refused(quietly("--backend", "postgres", "--state", url, "store", "export", "--out", "x.jsonl"), 8, "state_migration_source_missing");
        refused(cli().run("--backend", "postgres", "--state", url, "store", "hash"), 3, "store_not_initialized");

        assertEquals(List.of(), databases.tables(database));
        assertFalse(Files.exists(dir.resolve("x.jsonl")));
    }
}
