package io.runledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code db restore FROM [--replace]}, written once for every backend: an export file restores into any
 * backend, what {@code db backup} wrote into its own; the source is verified in full before the
 * target is touched; a store that holds anything is replaced only when asked, and then only after
 * a verified backup of it was kept beside it, which restores the old content again.
 */
abstract class RestoreContract extends CliContract {
    private static final String EVENTS = "{\"event_id\":\"old-1\",\"level\":\"info\",\"scope\":\"ops\",\"event\":\"kept\",\"message\":\"before\"}\n"
            + "{\"event_id\":\"old-2\",\"level\":\"warn\",\"scope\":\"ops\",\"event\":\"kept\",\"message\":\"also before\"}\n";
    private static final Pattern UNDO = Pattern.compile("kept in (\\S+) \\(");

    /** A store holding two events of its own, different from the sample's content. */
    private String storeWithOldContent() {
        String location = backend.freshLocation();
        ok(onWithInput(location, EVENTS, "audit", "append"));
        return location;
    }

    /** The shared vector as this binary exports it (format version 2: its events chained in line order). */
    private Path sample() {
        if (Files.exists(dir.resolve("sample.jsonl"))) {
            return dir.resolve("sample.jsonl");
        }
        Path v1 = ExportFiles.sample(dir.resolve("sample-v1.jsonl"));
        ok(cli().run("--backend", "json", "--state", "scratch/state.json", "store", "import", "--in", v1.toString()));
        ok(cli().run("--backend", "json", "--state", "scratch/state.json", "store", "export", "--out", "sample.jsonl"));
        return dir.resolve("sample.jsonl");
    }

    @Test
    void aVersionOneExportStillRestoresItsEventsChainedInLineOrder() {
        Path v1 = ExportFiles.sample(dir.resolve("v1.jsonl"));
        String location = backend.freshLocation();

        Cli.Result result = on(location, "db", "restore", v1.toString());

        ok(result);
        assertTrue(result.out().contains(ExportFiles.trailerHash(v1)), result.toString());
        ok(on(location, "store", "export", "--format-version", "1", "--out", "again.jsonl"));
        assertEquals(ExportFiles.body(v1), ExportFiles.body(dir.resolve("again.jsonl")));
        assertEquals(ExportFiles.trailerHash(sample()), hash(location), "chained in line order, as any import does");
        ok(on(location, "audit", "verify"));
    }

    @Test
    void anExportRestoresIntoAMissingStoreWithTheFilesContentHash() {
        Path file = sample();
        String location = backend.freshLocation();

        Cli.Result result = on(location, "db", "restore", file.toString());

        ok(result);
        assertEquals(ExportFiles.trailerHash(file), hash(location));
        assertTrue(result.out().contains(ExportFiles.trailerHash(file)), result.toString());
    }

    @Test
    void anExportRestoresIntoAnEmptyStore() {
        Path file = sample();
        String location = migratedStore();

        ok(on(location, "db", "restore", file.toString()));

        assertEquals(ExportFiles.trailerHash(file), hash(location));
    }

    @Test
    void aStoreThatHoldsAnythingIsRefusedWithoutReplaceAndStaysUnchanged() {
        Path file = sample();
        String location = storeWithOldContent();
        List<String> before = backend.snapshot(location);

        refused(on(location, "db", "restore", file.toString()), 8, "state_migration_target_exists");

        assertEquals(before, backend.snapshot(location));
    }

    @Test
    void replaceKeepsAVerifiedBackupOfTheOldStoreThatRestoresItAgain() {
        Path file = sample();
        String location = storeWithOldContent();
        String oldHash = hash(location);

        Cli.Result result = on(location, "db", "restore", file.toString(), "--replace");

        ok(result);
        assertEquals(ExportFiles.trailerHash(file), hash(location));
        Matcher undo = UNDO.matcher(result.out());
        assertTrue(undo.find(), result.toString());
        Path undoFile = Path.of(undo.group(1));
        assertTrue(Files.isRegularFile(undoFile), result.toString());

        String elsewhere = backend.freshLocation();
        ok(on(elsewhere, "db", "restore", undoFile.toString()));
        assertEquals(oldHash, hash(elsewhere), "the undo backup holds the old content");
        ok(on(location, "db", "restore", undoFile.toString(), "--replace"));
        assertEquals(oldHash, hash(location), "restoring the undo backup brings the old content back");
    }

    @Test
    void aDamagedExportIsRefusedBeforeAnythingChanges() throws IOException {
        String location = storeWithOldContent();
        List<String> before = backend.snapshot(location);
        Path flipped = flipByteInRecords(sample(), dir.resolve("flipped.jsonl"));
        Path truncated = truncate(sample(), dir.resolve("truncated.jsonl"));

        Cli.Result flip = on(location, "db", "restore", flipped.toString(), "--replace");
        Cli.Result cut = on(location, "db", "restore", truncated.toString(), "--replace");

        refused(flip, 7, "state_migration_hash_mismatch");
        refused(cut, 9, "import_format_invalid");
        assertEquals(before, backend.snapshot(location), "the store is untouched");
        assertFalse(flip.toString().contains("kept in") || cut.toString().contains("kept in"), "no undo backup was needed");
        assertEquals(List.of(), undoBackups(), "nothing was written beside the store");
    }

    /** Every file below the working directory named like a backup taken before a restore. */
    private List<Path> undoBackups() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(file -> file.getFileName().toString().contains(".before-restore-")).toList();
        }
    }

    @Test
    void whatDbBackupWroteRestoresIntoAnEmptyStoreAndAsAReplacement() {
        String source = backend.freshLocation();
        ok(on(source, "store", "import", "--in", sample().toString()));
        ok(on(source, "db", "backup", "taken.backup"));
        String target = backend.freshLocation();
        String replaced = storeWithOldContent();

        ok(on(target, "db", "restore", "taken.backup"));
        ok(on(replaced, "db", "restore", "taken.backup", "--replace"));

        assertEquals(hash(source), hash(target));
        assertEquals(hash(source), hash(replaced));
    }

    @Test
    void aDamagedBackupIsRefusedBeforeAnythingChanges() throws IOException {
        String source = backend.freshLocation();
        ok(on(source, "store", "import", "--in", sample().toString()));
        ok(on(source, "db", "backup", "taken.backup"));
        truncate(dir.resolve("taken.backup"), dir.resolve("cut.backup"));
        String location = storeWithOldContent();
        List<String> before = backend.snapshot(location);

        Cli.Result result = on(location, "db", "restore", "cut.backup", "--replace");

        assertNotEquals(0, result.exitCode(), result.toString());
        assertTrue(List.of(6, 9).contains(result.exitCode()), result.toString());
        assertEquals(before, backend.snapshot(location));
    }

    @Test
    void aMissingSourceIsSourceMissing() {
        String location = backend.freshLocation();

        refused(on(location, "db", "restore", "nowhere.jsonl"), 8, "state_migration_source_missing");

        assertFalse(backend.storeExists(location));
    }

    /** Changes one digit inside the first record line: still valid JSON, but no longer what the trailer hashed. */
    static Path flipByteInRecords(Path source, Path target) throws IOException {
        List<String> lines = ExportFiles.lines(source);
        String record = lines.get(1);
        int at = record.indexOf("\"created_at\":\"") + "\"created_at\":\"".length() + 3;
        char digit = record.charAt(at);
        lines.set(1, record.substring(0, at) + (digit == '1' ? '2' : '1') + record.substring(at + 1));
        return ExportFiles.writeLines(target, lines);
    }

    /** Keeps the first half of the file's bytes. */
    static Path truncate(Path source, Path target) throws IOException {
        byte[] bytes = Files.readAllBytes(source);
        Files.write(target, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        return target;
    }
}
