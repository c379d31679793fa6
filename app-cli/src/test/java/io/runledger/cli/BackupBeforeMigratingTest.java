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

    private final PostgresCliFixture postgres = new PostgresCliFixture();

    @TempDir
    Path dir;

    private Cli cli;

    @BeforeEach
    void cli() {
        cli = new Cli(dir);
    }

    @AfterEach
    void drop() {
        postgres.close();
    }

    @Test
    void migrateWithBackupOnPostgresBelowTheHeadExportsTheStoreAsMigratedThenMigrates() throws Exception {
        String url = postgres.storeOfAnEarlierRelease();

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
        String url = postgres.storeOfAnEarlierRelease();
        List<String> before = postgres.snapshot(url);

        Cli.Result backup = cli.run("--backend", "postgres", "--state", url, "db", "backup", "b.jsonl");

        assertEquals(0, backup.exitCode(), backup.toString());
        assertTrue(backup.out().contains("as migrating it from schema version 2 to " + cli.schemaHead() + " will leave it"), backup.toString());
        assertEquals(before, postgres.snapshot(url), "taking the backup changed nothing");
        assertEquals(0, cli.run("--backend", "postgres", "--state", url, "db", "migrate").exitCode());
        assertRestoresToTheSameHash(dir.resolve("b.jsonl"), hash("postgres", url));
    }

    @Test
    void migrateWithBackupOnJsonBelowTheHeadWritesAVerifiedExportBesideTheStore() throws Exception {
        JsonCliFixture json = new JsonCliFixture(dir);
        String location = json.storeOfAnEarlierRelease();

        Cli.Result result = cli.run("--backend", "json", "--state", location, "db", "migrate", "--backup");

        assertEquals(0, result.exitCode(), result.toString());
        List<Path> backups;
        try (Stream<Path> files = Files.list(dir.resolve(location).getParent())) {
            backups = files.filter(p -> p.getFileName().toString().matches("state\\.json\\.backup-v2-\\d{8}T\\d{6}Z\\.jsonl"))
                    .toList();
        }
        assertEquals(1, backups.size(), result.toString());
        assertRestoresToTheSameHash(backups.get(0), hash("json", location));
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

    private List<Path> files(String prefix) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
        }
    }
}
