package io.runledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * db check, db backup and db migrate --backup / --lock-timeout on SQLite, through the CLI, and what only
 * a native backup has: the content hash recorded inside it, or none in one from before backups recorded it.
 */
class SafeUpgradeCommandsTest {
    private static final String EVENT = "{\"level\":\"info\",\"scope\":\"t\",\"event\":\"e\",\"message\":\"m\"}\n";

    @TempDir
    Path dir;

    private Cli cli;

    @BeforeEach
    void cli() {
        cli = new Cli(dir);
    }

    @Test
    void checkPassesOnASoundStoreAndPrintsEachCheck() {
        assertEquals(0, cli.runWithInput(EVENT, "--state", "s.sqlite", "audit", "append").exitCode());

        Cli.Result result = cli.run("--state", "s.sqlite", "db", "check");

        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(result.out().contains("[ok  ] integrity_check: ok"), result.toString());
        assertTrue(result.out().contains("[ok  ] foreign_key_check: no violations"), result.toString());
    }

    @Test
    void checkOfAMissingStoreExits3AndCreatesNothing() {
        Cli.Result result = cli.run("--state", "s.sqlite", "db", "check");

        assertEquals(3, result.exitCode(), result.toString());
        assertTrue(result.err().contains("(reason: store_not_initialized)"), result.toString());
        assertFalse(Files.exists(dir.resolve("s.sqlite")));
    }

    @Test
    void checkFindsAForeignKeyViolationAndExits6() throws Exception {
        assertEquals(0, cli.runWithInput(EVENT, "--state", "s.sqlite", "audit", "append").exitCode());
        orphanStep(dir.resolve("s.sqlite"));

        Cli.Result result = cli.run("--state", "s.sqlite", "db", "check");

        assertEquals(6, result.exitCode(), result.toString());
        assertTrue(result.out().contains("[FAIL] foreign_key_check"), result.toString());
        assertTrue(result.err().contains("(reason: integrity_check_failed)"), result.toString());
    }

    @Test
    void checkFindsADamagedPageAndExits6() throws Exception {
        assertEquals(0, cli.runWithInput(EVENT, "--state", "s.sqlite", "audit", "append").exitCode());
        damageSecondPage(dir.resolve("s.sqlite"));

        Cli.Result result = cli.run("--state", "s.sqlite", "db", "check");

        assertEquals(6, result.exitCode(), result.toString());
        assertEquals(1, result.errLines().size(), result.toString());
    }

    @Test
    void migratePreflightRefusesAStoreWithAForeignKeyViolation() throws Exception {
        Path store = fixture("v2.sqlite");
        orphanStep(store);

        Cli.Result result = cli.run("--state", store.toString(), "db", "migrate");

        assertEquals(6, result.exitCode(), result.toString());
        assertTrue(result.err().contains("nothing was migrated"), result.toString());
        assertTrue(cli.run("--state", store.toString(), "db", "status").out().contains("schema_version  2"));
    }

    @Test
    void backupWritesAVerifiedCopyWithTheSameContentHashAndNeverOverwrites() {
        assertEquals(0, cli.runWithInput(EVENT + EVENT, "--state", "s.sqlite", "audit", "append").exitCode());

        Cli.Result backup = cli.run("--state", "s.sqlite", "db", "backup", "b/copy.sqlite");

        assertEquals(0, backup.exitCode(), backup.toString());
        assertTrue(backup.out().contains("integrity checked, content hash sha256:"), backup.toString());
        assertEquals(List.of("copy.sqlite"), fileNames(dir.resolve("b")), "a self-contained copy: no -wal, -shm or partial file");
        String hash = cli.run("--state", "s.sqlite", "store", "hash").out();
        assertEquals(hash, cli.run("--state", "b/copy.sqlite", "store", "hash").out());

        Cli.Result again = cli.run("--state", "s.sqlite", "db", "backup", "b/copy.sqlite");
        assertEquals(8, again.exitCode(), again.toString());
        assertTrue(again.err().contains("(reason: backup_target_exists)"), again.toString());
    }

    @Test
    void backupOfAMissingStoreExits3AndWritesNothing() {
        Cli.Result result = cli.run("--state", "s.sqlite", "db", "backup", "copy.sqlite");

        assertEquals(3, result.exitCode(), result.toString());
        assertFalse(Files.exists(dir.resolve("copy.sqlite")));
        assertFalse(Files.exists(dir.resolve("s.sqlite")));
    }

    @Test
    void backupOfAJsonStoreIsAVerifiedExportThatImportsBack() {
        assertEquals(0, cli.runWithInput(EVENT, "--backend", "json", "--state", "j", "audit", "append").exitCode());

        Cli.Result backup = cli.run("--backend", "json", "--state", "j", "db", "backup", "j.jsonl");

        assertEquals(0, backup.exitCode(), backup.toString());
        assertTrue(backup.out().contains("export (docs/FORMAT.md), read back and verified"), backup.toString());
        Cli.Result restore = cli.run("--state", "restored.sqlite", "store", "import", "--in", "j.jsonl");
        assertEquals(0, restore.exitCode(), restore.toString());
        assertEquals(cli.run("--backend", "json", "--state", "j", "store", "hash").out(),
                cli.run("--state", "restored.sqlite", "store", "hash").out());
    }

    @Test
    void migrateWithBackupSnapshotsTheOldVersionBesideTheStoreFirst() throws Exception {
        Path store = fixture("v2.sqlite");

        Cli.Result result = cli.run("--state", store.toString(), "db", "migrate", "--backup");

        assertEquals(0, result.exitCode(), result.toString());
        List<Path> backups = backups("v2.sqlite.backup-v2-");
        assertEquals(1, backups.size(), result.toString());
        assertTrue(backups.get(0).getFileName().toString().matches("v2\\.sqlite\\.backup-v2-\\d{8}T\\d{6}Z\\.sqlite"),
                backups.toString());
        assertTrue(result.out().contains("Migrated"), result.toString());
        Cli.Result old = cli.run("--state", backups.get(0).toString(), "db", "status");
        assertTrue(old.out().contains("schema_version  2"), old.toString());

        Cli.Result nothingPending = cli.run("--state", store.toString(), "db", "migrate", "--backup");
        assertEquals(0, nothingPending.exitCode(), nothingPending.toString());
        assertEquals(1, backups("v2.sqlite.backup-").size(), "no backup when nothing is pending");
    }

    @Test
    void theBackupBeforeMigratingRecordsTheContentHashTheMigratedStoreHas() throws Exception {
        Path store = fixture("v2.sqlite");
        Cli.Result migrated = cli.run("--state", store.toString(), "db", "migrate", "--backup");
        assertEquals(0, migrated.exitCode(), migrated.toString());
        String hash = cli.run("--state", store.toString(), "store", "hash").out().strip();
        assertTrue(migrated.out().contains("content hash " + hash + " as restored at the head, recorded in the backup"),
                migrated.toString());

        Cli.Result restored = cli.run("--state", "restored.sqlite", "db", "restore", backups("v2.sqlite.backup-v2-").get(0).toString());

        assertEquals(0, restored.exitCode(), restored.toString());
        assertTrue(restored.out().contains("content hash " + hash + " verified."), restored.toString());
    }

    @Test
    void aBackupWrittenBeforeBackupsRecordedTheirHashListsAndRestoresSayingHashNotRecorded() throws Exception {
        assertEquals(0, cli.runWithInput(EVENT, "--state", "s.sqlite", "audit", "append").exitCode());
        // A store file of the schema 2 release is what a native backup of that time holds: no recorded hash.
        Path old = Files.createDirectories(dir.resolve("backups")).resolve("s.sqlite.backup-20200101T000000.000000Z.sqlite");
        Files.move(fixture("v2.sqlite"), old);

        Cli.Result listed = cli.run("--state", "s.sqlite", "db", "backups");
        Cli.Result restored = cli.run("--state", "restored.sqlite", "db", "restore", old.toString());

        assertEquals(0, listed.exitCode(), listed.toString());
        assertTrue(listed.out().contains("schema 2") && listed.out().contains("verified, hash not recorded"), listed.toString());
        assertEquals(0, restored.exitCode(), restored.toString());
        assertTrue(restored.out().contains("(hash not recorded in " + old), restored.toString());
        String hash = cli.run("--state", "restored.sqlite", "store", "hash").out().strip();
        assertTrue(listed.out().contains(hash + "  verified") && restored.out().contains("content hash " + hash), restored.toString());
    }

    @Test
    void theConfigSettingMigrateBackupTakesTheBackupWithoutTheFlag() throws Exception {
        Path store = fixture("v2.sqlite");
        Files.writeString(dir.resolve("runledger.properties"), "migrate.backup=true\n");

        Cli.Result result = cli.run("--config", "runledger.properties", "--state", store.toString(), "db", "migrate");

        assertEquals(0, result.exitCode(), result.toString());
        assertEquals(1, backups("v2.sqlite.backup-v2-").size(), result.toString());
    }

    @Test
    void lockTimeoutBoundsTheWaitForAnotherMigratorAndNamesIt() throws Exception {
        Path lockFile = dir.resolve("s.sqlite.lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = channel.lock()) {
            channel.write(java.nio.ByteBuffer.wrap("pid 4242 on build-host since 2026-11-21T17:00:00Z\n"
                    .getBytes(StandardCharsets.UTF_8)), 0);
            long start = System.nanoTime();

            Cli.Result result = cli.run("--state", "s.sqlite", "db", "migrate", "--lock-timeout", "300");

            long waitedMs = (System.nanoTime() - start) / 1_000_000;
            assertEquals(5, result.exitCode(), result.toString());
            assertTrue(result.err().contains("held by pid 4242 on build-host since 2026-11-21T17:00:00Z"), result.toString());
            assertTrue(waitedMs >= 250 && waitedMs < 5_000, "waited " + waitedMs + " ms, lock " + held);
        }
    }

    @Test
    void aLockTimeoutThatIsNotAPositiveNumberIsAConfigError() {
        Cli.Result result = cli.run("--state", "s.sqlite", "db", "migrate", "--lock-timeout", "0");

        assertEquals(2, result.exitCode(), result.toString());
        assertFalse(Files.exists(dir.resolve("s.sqlite")));
    }

    @Test
    void doctorSaysWhenAnOlderBinaryMayUseANewerStore() throws Exception {
        assertEquals(0, cli.run("--state", "s.sqlite", "db", "migrate").exitCode());
        int later = cli.schemaHead() + 100;
        String floor;
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("s.sqlite"));
             Statement statement = connection.createStatement()) {
            // What a later binary whose next version only adds an index leaves behind: the floor stays, the version rises.
            statement.executeUpdate("CREATE INDEX later_index ON runs (created_at)");
            statement.executeUpdate("insert into flyway_schema_history (installed_rank, version, description, type,"
                    + " script, checksum, installed_by, installed_on, execution_time, success)"
                    + " values (" + later + ", '" + later + "', 'later index', 'SQL', 'V" + later + "__later_index.sql', 0,"
                    + " 'test', CURRENT_TIMESTAMP, 0, 1)");
            statement.executeUpdate("UPDATE meta SET value = '" + later + "' WHERE name = 'schema_version'");
            try (var rows = statement.executeQuery("SELECT value FROM meta WHERE name = 'compatible_floor'")) {
                rows.next();
                floor = rows.getString(1);
            }
        }

        Cli.Result doctor = cli.run("--state", "s.sqlite", "doctor");

        assertEquals(0, doctor.exitCode(), doctor.toString());
        assertTrue(doctor.out().contains("admits binaries from head " + floor), doctor.toString());
        assertEquals(0, cli.runWithInput(EVENT, "--state", "s.sqlite", "audit", "append").exitCode());
    }

    private List<Path> backups(String prefix) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(name -> name.startsWith(prefix) && name.endsWith(".sqlite")).map(dir::resolve).toList();
        }
    }

    private Path fixture(String name) throws Exception {
        Path file = dir.resolve(name);
        try (InputStream in = SafeUpgradeCommandsTest.class.getResourceAsStream("/fixtures/v2-store.sqlite")) {
            Files.copy(in, file);
        }
        return file;
    }

    /** A step of a run that does not exist, written with foreign keys off (sqlite-jdbc's default). */
    static void orphanStep(Path store) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + store);
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO run_steps (run_id, step_id, name, status, stats)"
                    + " VALUES ('no-such-run', 's1', 'orphan', 'pending', '{}')");
        }
    }

    /** Overwrites the middle of page 2 (a b-tree page of the schema) with garbage. */
    private static void damageSecondPage(Path file) throws Exception {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(4096 + 8);
            raf.write(new byte[] {(byte) 0xFF, (byte) 0xFF, 0x7F, 0x7F, (byte) 0xFF, (byte) 0xFF, 0x13, 0x37});
            raf.seek(4096 * 2 + 100);
            raf.write("garbage garbage garbage garbage".getBytes(StandardCharsets.US_ASCII));
        }
    }

    private static List<String> fileNames(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
