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

/**
 * Every refusal of the store commands: one error line with its reason and exit code, the target
 * exactly as it was, and nothing created where there was no store. Transfers run with --quiet, so
 * that a refusal is the only line on standard error however slowly the transfer went.
 */
abstract class StoreRefusalsContract extends CliContract {
    /** Lines of the shared vector: 1 header, 2-13 runs, 14-43 steps, 44-103 audit events, 104 trailer. */
    private static final int TRAILER = 104;

    private Path sample() {
        return ExportFiles.sample(dir.resolve("sample.jsonl"));
    }

    private Path tampered(String name, Consumer<List<String>> edit) {
        List<String> lines = new ArrayList<>(ExportFiles.lines(sample()));
        edit.accept(lines);
        return ExportFiles.writeLines(dir.resolve(name), lines);
    }

    /** The test's empty store at the head, made on first use: every refused import must leave it as it was. */
    private String empty;

    /** Imports {@code file} into an existing empty store and checks the refusal, the line, and that the store stayed as it was. */
    private void importRefused(Path file, int exitCode, String reason, int line) {
        if (empty == null) {
            empty = migratedStore();
        }
        String location = empty;
        List<String> before = backend.snapshot(location);

        Cli.Result result = on(location, "store", "import", "--in", file.toString(), "--quiet");

        refused(result, exitCode, reason);
        assertTrue(result.err().startsWith("runledger: line " + line + ": "), result.toString());
        assertEquals(before, backend.snapshot(location), "a refused import writes nothing");
        assertEquals(ExportFiles.EMPTY_HASH, hash(location), "a refused import writes nothing");
    }

    @Test
    void aFileThatIsNotAnExportIsRefusedAtLineOneAndCreatesNoStore() {
        Path file = tampered("other.jsonl", lines -> lines.set(0, "{\"format\":\"something-else\"}"));
        String location = backend.freshLocation();

        Cli.Result result = on(location, "store", "import", "--in", file.toString(), "--quiet");

        refused(result, 9, "import_format_invalid");
        assertTrue(result.err().startsWith("runledger: line 1: "), result.toString());
        assertFalse(backend.storeExists(location), "the header is checked before the store is created");
    }

    @Test
    void headerProblemsAreRefusedAtLineOne() {
        importRefused(tampered("none.jsonl", lines -> lines.remove(0)), 9, "import_format_invalid", 1);
        importRefused(tampered("v3.jsonl", lines -> lines.set(0, lines.get(0).replace("\"format_version\":1", "\"format_version\":3"))),
                9, "import_format_invalid", 1);
    }

    @Test
    void aHeaderWithANewerSchemaIsSchemaNewerThanBinary() {
        importRefused(tampered("newer.jsonl", lines -> lines.set(0, lines.get(0).replaceFirst("\"schema_version\":\\d+", "\"schema_version\":99"))),
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
    void aTamperedFileLeavesNoStoreWhereThereWasNone() {
        String location = backend.freshLocation();
        Path record = tampered("record.jsonl", lines -> lines.set(70, lines.get(70).replace("\"message\":\"", "\"message\":\"edited ")));

        refused(on(location, "store", "import", "--in", record.toString(), "--quiet"), 7, "state_migration_hash_mismatch");

        assertFalse(backend.storeExists(location), "the store the refused import created is removed");
    }

    @Test
    void importIntoAStoreWithDataIsTargetExistsAndChangesNothing() {
        String location = backend.freshLocation();
        ok(on(location, "store", "import", "--in", sample().toString()));
        String before = hash(location);
        List<String> stored = backend.snapshot(location);

        refused(on(location, "store", "import", "--in", sample().toString(), "--quiet"), 8, "state_migration_target_exists");

        assertEquals(before, hash(location));
        assertEquals(stored, backend.snapshot(location));
    }

    @Test
    void importOfAMissingFileIsSourceMissing() {
        String location = backend.freshLocation();
        refused(on(location, "store", "import", "--in", "no-such.jsonl", "--quiet"), 8, "state_migration_source_missing");
        assertFalse(backend.storeExists(location));
    }

    @Test
    void migrateIntoAStoreWithDataIsTargetExistsAndChangesNothing() {
        ok(cli().run("--state", "a.sqlite", "store", "import", "--in", sample().toString()));
        String target = backend.freshLocation();
        ok(on(target, "store", "import", "--in",
                ExportFiles.write(dir.resolve("other.jsonl"), new AwkwardRecords(7).dataset(2, 1, 3)).toString()));
        String before = hash(target);
        List<String> stored = backend.snapshot(target);

        refused(cli().run("store", "migrate", "--from", "sqlite:a.sqlite", "--to", backend.spec(target), "--quiet"),
                8, "state_migration_target_exists");

        assertEquals(before, hash(target));
        assertEquals(stored, backend.snapshot(target));
    }

    @Test
    void migrateFromAMissingStoreIsSourceMissingAndCreatesNeitherEnd() {
        String source = backend.freshLocation();
        String target = backend.freshLocation();

        refused(cli().run("store", "migrate", "--from", backend.spec(source), "--to", "sqlite:t/target.sqlite", "--quiet"),
                8, "state_migration_source_missing");
        refused(cli().run("store", "migrate", "--from", backend.spec(source), "--to", backend.spec(target), "--quiet"),
                8, "state_migration_source_missing");

        assertFalse(backend.storeExists(source));
        assertFalse(backend.storeExists(target));
        assertFalse(Files.exists(dir.resolve("t")));
    }

    @Test
    void migrateNeedsBackendColonLocationAndAnInstalledBackend() {
        String location = backend.freshLocation();
        refused(cli().run("store", "migrate", "--from", "a.sqlite", "--to", "sqlite:b.sqlite"), 2, "usage_error");
        refused(cli().run("store", "migrate", "--from", backend.spec(location), "--to", "nosuch:b"), 2, "config_invalid");
        refused(cli().run("store", "migrate", "--from", backend.spec(location)), 2, "usage_error");
    }

    @Test
    void exportNeverOverwritesAFile() throws Exception {
        String location = backend.freshLocation();
        ok(on(location, "store", "import", "--in", sample().toString()));
        Files.writeString(dir.resolve("taken.jsonl"), "mine");

        refused(on(location, "store", "export", "--out", "taken.jsonl", "--quiet"), 8, "backup_target_exists");

        assertEquals("mine", Files.readString(dir.resolve("taken.jsonl")));
    }

    @Test
    void exportAndHashOfAMissingStoreCreateNothing() {
        String location = backend.freshLocation();
        refused(on(location, "store", "export", "--out", "x.jsonl", "--quiet"), 8, "state_migration_source_missing");
        refused(on(location, "store", "hash"), 3, "store_not_initialized");
        assertFalse(backend.storeExists(location));
        assertFalse(Files.exists(dir.resolve("x.jsonl")));
    }
}
