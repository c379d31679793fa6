package io.runledger.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A store whose schema is newer than this binary is refused by every command, naming both versions,
 * and not a byte of it changes.
 */
class NewerSchemaTest {
    private static final String EVENT = "{\"level\":\"info\",\"scope\":\"t\",\"event\":\"e\",\"message\":\"m\"}\n";

    @TempDir
    Path dir;

    private Path store;
    private Cli cli;

    @BeforeEach
    void aStoreFromTheFuture() throws Exception {
        store = dir.resolve("s.sqlite");
        cli = new Cli(dir);
        assertEquals(0, cli.run("--state", store.toString(), "db", "migrate").exitCode());
        // Test-only shortcut: a later binary would have applied V99 through Flyway. The sqlite-jdbc
        // driver is on the test path as a runtime dependency of storage-sqlite; closing the only
        // connection checkpoints the WAL, so the main file holds everything afterwards.
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + store);
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("insert into flyway_schema_history (installed_rank, version, description, type,"
                    + " script, checksum, installed_by, installed_on, execution_time, success)"
                    + " values (99, '99', 'from the future', 'SQL', 'V99__from_the_future.sql', 0, 'test',"
                    + " CURRENT_TIMESTAMP, 0, 1)");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"doctor", "doctor --json", "db status", "db status --json", "db migrate",
        "db migrate --dry-run", "db migrate --backup", "db check", "db backup b.sqlite", "db vacuum", "audit append", "audit append --print-ids"})
    void everyCommandRefusesItAndWritesNothing(String command) throws Exception {
        byte[] before = Files.readAllBytes(store);

        String[] args = ("--state " + store + " " + command).split(" ");
        Cli.Result result = cli.runWithInput(EVENT, args);

        assertEquals(4, result.exitCode(), result.toString());
        assertEquals(1, result.errLines().size(), result.toString());
        String line = result.errLines().get(0);
        assertTrue(line.endsWith("(reason: schema_newer_than_binary)"), line);
        assertTrue(line.contains("99") && line.contains(" 3"), "names both versions: " + line);
        assertArrayEquals(before, Files.readAllBytes(store), "the store file must not change");
        // SQLite may leave its WAL index files beside the store after a read, but never content in the WAL.
        Path wal = dir.resolve("s.sqlite-wal");
        assertTrue(!Files.exists(wal) || Files.size(wal) == 0, "nothing may be written to the WAL");
    }
}
