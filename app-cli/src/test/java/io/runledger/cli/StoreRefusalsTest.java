package io.runledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every refusal of the store commands: one error line with its reason and exit code, and the target left as it was. */
class StoreRefusalsTest {
    /** Lines of the shared vector: 1 header, 2-13 runs, 14-43 steps, 44-103 audit events, 104 trailer. */
    private static final int TRAILER = 104;

    @TempDir
    Path dir;

    private Cli cli() {
        return new Cli(dir);
    }

    private static void refused(Cli.Result result, int exitCode, String reason) {
        assertEquals(exitCode, result.exitCode(), result.toString());
        assertEquals(1, result.errLines().size(), result.toString());
        assertTrue(result.err().startsWith("runledger: "), result.toString());
        assertTrue(result.err().strip().endsWith("(reason: " + reason + ")"), result.toString());
    }

    private String hash(String state) {
        Cli.Result result = cli().run("--state", state, "store", "hash");
        assertEquals(0, result.exitCode(), result.toString());
        return result.outLines().get(0);
    }

    private Path tampered(String name, Consumer<List<String>> edit) {
        List<String> lines = new ArrayList<>(ExportFiles.lines(ExportFiles.sample(dir.resolve("sample.jsonl"))));
        edit.accept(lines);
        return ExportFiles.writeLines(dir.resolve(name), lines);
    }

    /** Imports {@code file} into an existing empty store and checks the refusal, the line, and that the store stayed empty. */
    private void importRefused(Path file, int exitCode, String reason, int line) {
        assertEquals(0, cli().run("--state", "empty.sqlite", "db", "migrate").exitCode());

        Cli.Result result = cli().run("--state", "empty.sqlite", "store", "import", "--in", file.toString());

        refused(result, exitCode, reason);
        assertTrue(result.err().startsWith("runledger: line " + line + ": "), result.toString());
        assertEquals(ExportFiles.EMPTY_HASH, hash("empty.sqlite"), "a refused import writes nothing");
    }

    @Test
    void aFileThatIsNotAnExportIsRefusedAtLineOneAndCreatesNoStore() {
        Path file = tampered("other.jsonl", lines -> lines.set(0, "{\"format\":\"something-else\"}"));

        Cli.Result result = cli().run("--state", "new.sqlite", "store", "import", "--in", file.toString());

        refused(result, 9, "import_format_invalid");
        assertTrue(result.err().startsWith("runledger: line 1: "), result.toString());
        assertFalse(Files.exists(dir.resolve("new.sqlite")), "the header is checked before the store is created");
    }

    @Test
    void headerProblemsAreRefusedAtLineOne() {
        importRefused(tampered("none.jsonl", lines -> lines.remove(0)), 9, "import_format_invalid", 1);
        importRefused(tampered("v2.jsonl", lines -> lines.set(0, lines.get(0).replace("\"format_version\":1", "\"format_version\":2"))),
                9, "import_format_invalid", 1);
    }

    @Test
    void aHeaderWithANewerSchemaIsSchemaNewerThanBinary() {
        importRefused(tampered("newer.jsonl", lines -> lines.set(0, lines.get(0).replace("\"schema_version\":3", "\"schema_version\":99"))),
                4, "schema_newer_than_binary", 1);
    }

    @Test
    void badRecordsAreRefusedNamingTheirLine() {
        importRefused(tampered("extra-key.jsonl", lines -> lines.set(4, lines.get(4).replace("\"type\":\"run\"", "\"x\":1,\"type\":\"run\""))),
                9, "import_format_invalid", 5);
        importRefused(tampered("order.jsonl", lines -> lines.add(3, lines.remove(2))), 9, "import_format_invalid", 4);
        importRefused(tampered("duplicate.jsonl", lines -> lines.set(50, lines.get(49))), 9, "import_format_invalid", 51);
        importRefused(tampered("dangling.jsonl", lines -> lines.set(13, lines.get(13).replaceFirst("\"run_id\":\"[^\"]+\"", "\"run_id\":\"0-none\""))),
                9, "import_format_invalid", 14);
        importRefused(tampered("blank.jsonl", lines -> lines.add(20, "")), 9, "import_format_invalid", 21);
    }

    @Test
    void aTruncatedFileIsRefusedAndWritesNothing() {
        importRefused(tampered("truncated.jsonl", lines -> lines.subList(60, lines.size()).clear()), 9, "import_format_invalid", 61);
    }

    @Test
    void aTamperedTrailerIsAHashMismatchAndWritesNothing() {
        importRefused(tampered("hash.jsonl", lines -> lines.set(TRAILER - 1,
                lines.get(TRAILER - 1).replaceFirst("sha256:[0-9a-f]{64}", "sha256:" + "ab".repeat(32)))),
                7, "state_migration_hash_mismatch", TRAILER);
        importRefused(tampered("record.jsonl", lines -> lines.set(70, lines.get(70).replace("\"message\":\"", "\"message\":\"edited "))),
                7, "state_migration_hash_mismatch", TRAILER);
    }

    @Test
    void importIntoAStoreWithDataIsTargetExistsAndChangesNothing() {
        Path sample = ExportFiles.sample(dir.resolve("s.jsonl"));
        assertEquals(0, cli().run("--state", "full.sqlite", "store", "import", "--in", sample.toString()).exitCode());
        String before = hash("full.sqlite");

        refused(cli().run("--state", "full.sqlite", "store", "import", "--in", sample.toString()), 8, "state_migration_target_exists");

        assertEquals(before, hash("full.sqlite"));
    }

    @Test
    void importOfAMissingFileIsSourceMissing() {
        refused(cli().run("--state", "x.sqlite", "store", "import", "--in", "no-such.jsonl"), 8, "state_migration_source_missing");
        assertFalse(Files.exists(dir.resolve("x.sqlite")));
    }

    @Test
    void migrateIntoAStoreWithDataIsTargetExistsAndChangesNothing() {
        Path sample = ExportFiles.sample(dir.resolve("s.jsonl"));
        cli().run("--state", "a.sqlite", "store", "import", "--in", sample.toString());
        cli().run("--state", "b.sqlite", "store", "import", "--in",
                ExportFiles.write(dir.resolve("other.jsonl"), new AwkwardRecords(7).dataset(2, 1, 3)).toString());
        String before = hash("b.sqlite");

        refused(cli().run("store", "migrate", "--from", "sqlite:a.sqlite", "--to", "sqlite:b.sqlite"), 8, "state_migration_target_exists");

        assertEquals(before, hash("b.sqlite"));
    }

    @Test
    void migrateFromAMissingStoreIsSourceMissingAndCreatesNeitherEnd() {
        refused(cli().run("store", "migrate", "--from", "sqlite:nothing.sqlite", "--to", "sqlite:t/target.sqlite"),
                8, "state_migration_source_missing");
        assertFalse(Files.exists(dir.resolve("nothing.sqlite")));
        assertFalse(Files.exists(dir.resolve("t")));
    }

    @Test
    void migrateNeedsBackendColonLocationAndAnInstalledBackend() {
        refused(cli().run("store", "migrate", "--from", "a.sqlite", "--to", "sqlite:b.sqlite"), 2, "usage_error");
        refused(cli().run("store", "migrate", "--from", "sqlite:a.sqlite", "--to", "nosuch:b"), 2, "config_invalid");
        refused(cli().run("store", "migrate", "--from", "sqlite:a.sqlite"), 2, "usage_error");
    }

    @Test
    void exportNeverOverwritesAFile() throws Exception {
        cli().run("--state", "a.sqlite", "store", "import", "--in", ExportFiles.sample(dir.resolve("s.jsonl")).toString());
        Files.writeString(dir.resolve("taken.jsonl"), "mine");

        refused(cli().run("--state", "a.sqlite", "store", "export", "--out", "taken.jsonl"), 8, "backup_target_exists");

        assertEquals("mine", Files.readString(dir.resolve("taken.jsonl")));
    }

    @Test
    void exportAndHashOfAMissingStoreCreateNothing() {
        refused(cli().run("--state", "missing.sqlite", "store", "export", "--out", "x.jsonl"), 8, "state_migration_source_missing");
        refused(cli().run("--state", "missing.sqlite", "store", "hash"), 3, "store_not_initialized");
        assertFalse(Files.exists(dir.resolve("missing.sqlite")));
        assertFalse(Files.exists(dir.resolve("x.jsonl")));
    }
}
