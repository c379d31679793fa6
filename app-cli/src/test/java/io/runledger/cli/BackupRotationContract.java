package io.runledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code db backup} without a file and {@code db backups}, written once for every backend: timestamped,
 * verified backups in {@code backup.dir}, the newest {@code backup.keep} kept and nothing else removed,
 * and a listing that verifies every backup again and flags a damaged one.
 */
abstract class BackupRotationContract extends CliContract {
    private static final String EVENT = "{\"level\":\"info\",\"scope\":\"ops\",\"event\":\"noted\",\"message\":\"m\"}\n";
    private static final Pattern WRITTEN = Pattern.compile(" to (\\S+): ");

    private Path config(String... lines) {
        try {
            return Files.writeString(dir.resolve("runledger.properties"), String.join("\n", lines) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Cli.Result configured(Path config, String location, String... command) {
        List<String> args = new ArrayList<>(List.of("--config", config.toString()));
        args.addAll(List.of(args(location, command)));
        return cli().run(args.toArray(String[]::new));
    }

    private String storeWithContent() {
        String location = backend.freshLocation();
        ok(onWithInput(location, EVENT + EVENT, "audit", "append"));
        return location;
    }

    private static Path written(Cli.Result result) {
        Matcher matcher = WRITTEN.matcher(result.out());
        assertTrue(matcher.find(), result.toString());
        return Path.of(matcher.group(1));
    }

    private static List<String> names(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void backupWithoutAFileKeepsExactlyTheNewestBackupKeepAndNothingElseGoes() throws IOException {
        Path config = config("backup.dir=bk", "backup.keep=2");
        String location = storeWithContent();
        Path shelf = Files.createDirectories(dir.resolve("bk"));
        Files.writeString(shelf.resolve("notes.txt"), "not a backup\n");
        Files.writeString(shelf.resolve("other.sqlite.backup-20200101T000000.000000Z.sqlite"), "another store's\n");
        List<Path> written = new ArrayList<>();

        List<Cli.Result> results = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Cli.Result result = configured(config, location, "db", "backup");
            ok(result);
            results.add(result);
            written.add(written(result));
        }

        assertTrue(written.stream().allMatch(file -> file.getParent().equals(shelf)), written.toString());
        List<String> expected = new ArrayList<>(List.of("notes.txt", "other.sqlite.backup-20200101T000000.000000Z.sqlite",
                written.get(1).getFileName().toString(), written.get(2).getFileName().toString()));
        assertEquals(expected.stream().sorted().toList(), names(shelf));
        assertTrue(results.get(2).out().contains("Removed the older backup " + written.get(0)), results.get(2).toString());
        assertFalse(results.get(1).out().contains("Removed"), results.get(1).toString());
    }

    @Test
    void backupsListsEveryBackupVerifiedAgainAndFlagsADamagedOne() throws IOException {
        Path config = config("backup.dir=bk");
        String location = storeWithContent();
        Path older = written(configured(config, location, "db", "backup"));
        Path newer = written(configured(config, location, "db", "backup"));
        String hash = hash(location);

        Cli.Result sound = configured(config, location, "db", "backups");
        ok(sound);
        assertTrue(sound.out().contains(newer.getFileName() + "  ") && sound.out().contains(hash + "  verified"), sound.toString());

        RestoreContract.truncate(older, dir.resolve("cut"));
        Files.copy(dir.resolve("cut"), older, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Cli.Result damaged = configured(config, location, "db", "backups");
        Cli.Result asJson = configured(config, location, "db", "backups", "--json");

        refused(damaged, 6, "integrity_check_failed");
        assertTrue(damaged.out().contains(older.getFileName() + "  ") && damaged.out().contains("DAMAGED"), damaged.toString());
        assertEquals(6, asJson.exitCode(), asJson.toString());
        JsonNode backups = new ObjectMapper().readTree(asJson.out()).get("backups");
        assertEquals(2, backups.size(), asJson.toString());
        assertEquals(newer.toString(), backups.get(0).get("file").asText());
        assertTrue(backups.get(0).get("verified").asBoolean());
        assertEquals(hash, backups.get(0).get("content_hash").asText());
        assertTrue(backups.get(0).get("hash_recorded").asBoolean(), "a backup written now records its content hash");
        assertEquals(cli().schemaHead(), backups.get(0).get("schema_version").asInt());
        assertTrue(backups.get(0).get("size_bytes").asLong() > 0);
        assertFalse(backups.get(1).get("verified").asBoolean(), asJson.toString());
        assertTrue(backups.get(1).get("content_hash").isNull() && backups.get(1).get("hash_recorded").isNull(), asJson.toString());
    }

    @Test
    void aBackupWithOneTextValueEditedIsFlaggedByBackupsAndRefusedByRestoreWhichTouchesNothing() throws IOException {
        Path config = config("backup.dir=bk");
        String source = backend.freshLocation();
        ok(on(source, "store", "import", "--in", ExportFiles.sample(dir.resolve("sample.jsonl")).toString()));
        Path backup = written(configured(config, source, "db", "backup"));
        backend.editTextInBackup(backup);
        String target = storeWithContent();
        List<String> before = backend.snapshot(target);
        // A native backup records its content hash inside itself; an export in its trailer.
        boolean export = backup.getFileName().toString().endsWith(".jsonl");
        String reason = export ? "state_migration_hash_mismatch" : "integrity_check_failed";

        Cli.Result listed = configured(config, source, "db", "backups", "--json");
        Cli.Result restored = on(target, "db", "restore", backup.toString(), "--replace");

        refused(listed, 6, "integrity_check_failed");
        JsonNode entry = new ObjectMapper().readTree(listed.out()).get("backups").get(0);
        assertEquals(backup.toString(), entry.get("file").asText(), listed.toString());
        assertFalse(entry.get("verified").asBoolean(), listed.toString());
        assertEquals(reason, entry.get("reason").asText(), listed.toString());
        refused(restored, export ? 7 : 6, reason);
        assertTrue(restored.err().matches("(?s).*content.hash.*"), restored.toString());
        assertEquals(before, backend.snapshot(target), "the store is untouched");
        try (Stream<Path> files = Files.walk(dir)) {
            assertEquals(List.of(), files.filter(file -> file.toString().contains(".before-restore-")).toList(),
                    "no undo backup was needed");
        }
    }

    @Test
    void theDefaultBackupDirectoryIsBesideTheStore() {
        String location = storeWithContent();

        Path file = written(on(location, "db", "backup"));

        Path expected = backend instanceof FileBackendFixture files
                ? files.file(location).getParent().resolve("backups") : dir.resolve("runledger-backups");
        assertEquals(expected, file.getParent());
        ok(on(location, "db", "restore", file.toString(), "--replace"));
    }

    @Test
    void aBackupKeepOutsideItsRangeIsConfigInvalidAndTouchesNothing() {
        String location = backend.freshLocation();
        for (String keep : List.of("0", "1001", "seven")) {
            Cli.Result result = configured(config("backup.keep=" + keep), location, "db", "backup");

            refused(result, 2, "config_invalid");
            assertTrue(result.err().contains("backup.keep") && result.err().contains("from 1 to 1000"), result.toString());
        }
        assertFalse(backend.storeExists(location));
    }
}
