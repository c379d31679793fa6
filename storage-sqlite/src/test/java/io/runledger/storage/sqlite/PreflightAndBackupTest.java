package io.runledger.storage.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.Check;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.tck.Reasons;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** Preflight refuses a damaged store before migrating; backups are consistent, checked copies. */
class PreflightAndBackupTest {
    @TempDir
    Path dir;

    @Test
    void aForeignKeyViolationFailsThePreflightAndNothingIsMigrated() throws Exception {
        Path file = fixture("v2-store.sqlite");
        breakAForeignKey(file);

        var failure = Reasons.assertFailsWith(ReasonCode.INTEGRITY_CHECK_FAILED,
                () -> Samples.PROVIDER.admin(Samples.spec(file)).migrate(false));

        assertTrue(failure.getMessage().contains("foreign key violation"), failure.getMessage());
        assertEquals(2, Samples.PROVIDER.admin(Samples.spec(file)).status().schemaVersion());
    }

    @Test
    void checkReportsAForeignKeyViolation() throws Exception {
        Path file = dir.resolve("state.sqlite");
        Samples.PROVIDER.admin(Samples.spec(file)).migrate(false);
        breakAForeignKey(file);

        List<Check> checks = Samples.PROVIDER.admin(Samples.spec(file)).check();

        Check foreignKeys = checks.stream().filter(c -> c.name().equals("foreign_key_check")).findFirst().orElseThrow();
        assertFalse(foreignKeys.ok(), foreignKeys.toString());
        assertTrue(foreignKeys.detail().contains("run_steps"), foreignKeys.detail());
    }

    @Test
    void aBackupIsACheckedCopyThatOpensAsAStore() throws Exception {
        Path file = dir.resolve("state.sqlite");
        var spec = Samples.spec(file);
        Samples.PROVIDER.admin(spec).migrate(false);
        try (var store = Samples.PROVIDER.open(spec)) {
            store.runs().create(Samples.run("r1"));
            Path copy = dir.resolve("backups/copy.sqlite");

            Samples.PROVIDER.admin(spec).backupTo(copy);

            try (var restored = Samples.PROVIDER.open(Samples.spec(copy))) {
                assertEquals(Samples.run("r1"), restored.runs().find(Samples.run("r1").runId()).orElseThrow());
            }
        }
        try (var files = Files.list(dir.resolve("backups"))) {
            assertEquals(List.of("copy.sqlite"), files.map(p -> p.getFileName().toString())
                    .filter(n -> !n.endsWith("-wal") && !n.endsWith("-shm")).toList(), "no temporary file is left");
        }
    }

    @Test
    void aBackupOfAnOlderStoreKeepsItsVersion() throws Exception {
        Path file = fixture("v2-store.sqlite");
        Path copy = dir.resolve("v2-copy.sqlite");

        Samples.PROVIDER.admin(Samples.spec(file)).backupTo(copy);

        assertEquals(2, Samples.PROVIDER.admin(Samples.spec(copy)).status().schemaVersion());
        assertTrue(Samples.PROVIDER.admin(Samples.spec(copy)).check().stream().allMatch(c -> c.ok()
                || !c.name().endsWith("_check")));
    }

    @Test
    void aRecordedContentHashIsReadBackWithTheBackupAndAnOlderBackupRecordsNone() throws Exception {
        Path older = fixture("v2-store.sqlite");
        Path file = dir.resolve("state.sqlite");
        Samples.PROVIDER.admin(Samples.spec(file)).migrate(false);
        Path copy = dir.resolve("copy.sqlite");
        var admin = Samples.PROVIDER.admin(Samples.spec(file));
        admin.backupTo(copy);
        String hash = "sha256:" + "ab".repeat(32);

        admin.recordBackupHash(copy, hash);

        try (var backup = admin.openBackup(copy).orElseThrow()) {
            assertEquals(Optional.of(hash), backup.recordedContentHash());
        }
        try (var backup = admin.openBackup(older).orElseThrow()) {
            assertEquals(Optional.empty(), backup.recordedContentHash());
            assertEquals(2, backup.schemaVersion());
        }
        assertEquals(List.of("copy.sqlite", "state.sqlite", "v2-store.sqlite"), storeFileNames(),
                "reading leaves no copy behind");
    }

    @Test
    void anExistingTargetIsNeverOverwritten() throws Exception {
        Path file = dir.resolve("state.sqlite");
        Samples.PROVIDER.admin(Samples.spec(file)).migrate(false);
        Path copy = dir.resolve("copy.sqlite");
        Files.writeString(copy, "keep me");

        Reasons.assertFailsWith(ReasonCode.BACKUP_TARGET_EXISTS, () -> Samples.PROVIDER.admin(Samples.spec(file)).backupTo(copy));

        assertEquals("keep me", Files.readString(copy));
    }

    @Test
    void aMissingStoreIsNotBackedUp() {
        Path copy = dir.resolve("copy.sqlite");

        Reasons.assertFailsWith(ReasonCode.STORE_NOT_INITIALIZED,
                () -> Samples.PROVIDER.admin(Samples.spec(dir.resolve("missing.sqlite"))).backupTo(copy));

        assertFalse(Files.exists(copy));
        assertFalse(Files.exists(dir.resolve("missing.sqlite")));
    }

    private List<String> storeFileNames() throws Exception {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sqlite")).sorted().toList();
        }
    }

    private Path fixture(String name) throws Exception {
        Path file = dir.resolve(name);
        try (InputStream in = PreflightAndBackupTest.class.getResourceAsStream("/fixtures/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    /** A step of a run that does not exist, written with foreign keys off as a careless tool would. */
    static void breakAForeignKey(Path file) throws Exception {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(false);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO run_steps (run_id, step_id, name, status, stats)"
                    + " VALUES ('no-such-run', 's1', 'orphan', 'pending', '{}')");
        }
    }
}
