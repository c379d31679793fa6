package io.runledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `db migrate --backup` and `db backup FILE` on a PostgreSQL and a JSON store below the head: a
 * verified export of the store as the migration will leave it, which restores into an empty store
 * with exactly the migrated store's content hash, while the store itself is not changed by taking it.
 */
class BackupBeforeMigratingTest {
    /** A JSON store at schema 2 (runs without status or labels): the snapshot of storage-json's v2 fixture. */
    private static final String JSON_V2 = String.join("\n",
            "{\"exported_at\":\"2025-06-02T10:00:00.000000Z\",\"format\":\"runledger-export\",\"format_version\":1,\"schema_version\":2,\"source_backend\":\"json\"}",
            "{\"args\":{\"deploy\":\"v42\",\"ü\":[1,2.5,null]},\"config_hash\":\"4e07408562bedb8b60ce05c1decfe3ad16b72230967de01f640b7e4729b49fce\",\"created_at\":\"2025-06-01T12:00:00.123456Z\",\"git_sha\":\"356a192b7913b04c54574d18c28d46e6395428ab\",\"run_id\":\"r-1\",\"type\":\"run\"}",
            "{\"args\":{},\"config_hash\":null,\"created_at\":\"2025-06-02T08:30:00.000001Z\",\"git_sha\":null,\"run_id\":\"r-2\",\"type\":\"run\"}",
            "{\"finished_at\":\"2025-06-01T12:05:00.000000Z\",\"name\":\"build\",\"run_id\":\"r-1\",\"started_at\":\"2025-06-01T12:00:01.000000Z\",\"stats\":{\"files\":12},\"status\":\"succeeded\",\"step_id\":\"s1\",\"type\":\"step\"}",
            "{\"data\":{\"why\":\"first\"},\"event\":\"started\",\"event_id\":\"e1\",\"level\":\"info\",\"message\":\"deploying v42\",\"run_id\":\"r-1\",\"scope\":\"deploy\",\"ts\":\"2025-06-01T12:00:00.200000Z\",\"type\":\"audit\"}",
            "{\"data\":{},\"event\":\"noted\",\"event_id\":\"e2\",\"level\":\"warn\",\"message\":\"line one\\nline two\",\"run_id\":null,\"scope\":\"ops\",\"ts\":\"2025-06-02T09:00:00.000000Z\",\"type\":\"audit\"}",
            "{\"content_hash\":\"sha256:024b9621849c02db7cf624e7b9fb963db9004f5f457290320d0f230f82bd5fa9\",\"counts\":{\"audit\":2,\"runs\":2,\"steps\":1},\"type\":\"trailer\"}",
            "");

    private final PostgresDatabases databases = new PostgresDatabases();

    @TempDir
    Path dir;

    private Cli cli;

    @BeforeEach
    void cli() {
        cli = new Cli(dir);
    }

    @AfterEach
    void drop() {
        databases.close();
    }

    @Test
    void migrateWithBackupOnPostgresBelowTheHeadExportsTheStoreAsMigratedThenMigrates() throws Exception {
        String url = databases.url(postgresStoreAtVersion2());

        Cli.Result result = cli.run("--backend", "postgres", "--state", url, "db", "migrate", "--backup");

        assertEquals(0, result.exitCode(), result.toString());
        List<Path> backups = files("runledger-postgres.backup-v2-");
        assertEquals(1, backups.size(), result.toString());
        assertTrue(backups.get(0).getFileName().toString().matches("runledger-postgres\\.backup-v2-\\d{8}T\\d{6}Z\\.jsonl"),
                backups.toString());
        assertTrue(result.out().contains("read back and verified"), result.toString());
        assertTrue(result.out().contains("Migrated the postgres store") && result.out().contains("from schema version 2 to " + cli.schemaHead()),
                result.toString());
        assertRestoresToTheSameHash(backups.get(0), hash("postgres", url));
        assertTrue(Files.readString(backups.get(0)).contains("\"status\":\"running\""), "runs read as V3 makes them");
    }

    @Test
    void backupOfAPostgresStoreBelowTheHeadLeavesItUntouchedAndMatchesTheMigratedStore() throws Exception {
        String database = postgresStoreAtVersion2();
        String url = databases.url(database);
        List<String> before = databases.snapshot(database);

        Cli.Result backup = cli.run("--backend", "postgres", "--state", url, "db", "backup", "b.jsonl");

        assertEquals(0, backup.exitCode(), backup.toString());
        assertTrue(backup.out().contains("as migrating it from schema version 2 to " + cli.schemaHead() + " will leave it"), backup.toString());
        assertEquals(before, databases.snapshot(database), "taking the backup changed nothing");
        assertEquals(0, cli.run("--backend", "postgres", "--state", url, "db", "migrate").exitCode());
        assertRestoresToTheSameHash(dir.resolve("b.jsonl"), hash("postgres", url));
    }

    @Test
    void migrateWithBackupOnJsonBelowTheHeadWritesAVerifiedExportBesideTheStore() throws Exception {
        Files.createDirectories(dir.resolve("j"));
        Files.writeString(dir.resolve("j/state.json"), JSON_V2);

        Cli.Result result = cli.run("--backend", "json", "--state", "j/state.json", "db", "migrate", "--backup");

        assertEquals(0, result.exitCode(), result.toString());
        List<Path> backups;
        try (Stream<Path> files = Files.list(dir.resolve("j"))) {
            backups = files.filter(p -> p.getFileName().toString().matches("state\\.json\\.backup-v2-\\d{8}T\\d{6}Z\\.jsonl"))
                    .toList();
        }
        assertEquals(1, backups.size(), result.toString());
        assertRestoresToTheSameHash(backups.get(0), hash("json", "j/state.json"));
    }

    private void assertRestoresToTheSameHash(Path backup, String migratedHash) {
        Cli.Result restore = cli.run("--state", "restored.sqlite", "store", "import", "--in", backup.toString());
        assertEquals(0, restore.exitCode(), restore.toString());
        assertEquals(migratedHash, hash("sqlite", "restored.sqlite"));
    }

    private String hash(String backend, String location) {
        Cli.Result result = cli.run("--backend", backend, "--state", location, "store", "hash");
        assertEquals(0, result.exitCode(), result.toString());
        return result.out();
    }

    /**
     * A PostgreSQL store at schema version 2 with data, made by migrating to the head and taking V4 and
     * V3 back out by hand (a test-only shortcut: no binary of version 2 is at hand here). Returns the database.
     */
    private String postgresStoreAtVersion2() throws Exception {
        String database = databases.fresh();
        String url = databases.url(database);
        assertEquals(0, cli.run("--backend", "postgres", "--state", url, "db", "migrate").exitCode());
        for (String sql : List.of("DROP TABLE audit_prunes", "DELETE FROM flyway_schema_history WHERE version = '4'",
                "DROP TABLE run_labels", "ALTER TABLE runs DROP COLUMN status",
                "ALTER TABLE runs DROP COLUMN finished_at", "DELETE FROM flyway_schema_history WHERE version = '3'",
                "UPDATE meta SET value = '2' WHERE name = 'schema_version'", "DELETE FROM meta WHERE name = 'compatible_floor'",
                "INSERT INTO runs (run_id, created_at, args, git_sha, config_hash) VALUES ('run-a', 1763719200000001,"
                        + " '{\"n\":1}', 'abc', NULL), ('run-b', 1763719200123456, '{}', NULL, NULL)",
                "INSERT INTO run_steps (run_id, step_id, name, status, started_at, finished_at, stats) VALUES"
                        + " ('run-a', 's-1', 'build', 'succeeded', 1763719200000001, NULL, '{\"ok\":true}')",
                "INSERT INTO audit_log (event_id, ts, level, run_id, scope, event, message, data) VALUES"
                        + " ('ev-1', 1763719200000001, 'warn', 'run-a', 'deploy', 'started', 'ünïcode 😀', '{}')")) {
            databases.execute(database, sql);
        }
        Cli.Result status = cli.run("--backend", "postgres", "--state", url, "db", "status");
        assertTrue(status.out().contains("schema_version  2"), status.toString());
        return database;
    }

    private List<Path> files(String prefix) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
        }
    }
}
