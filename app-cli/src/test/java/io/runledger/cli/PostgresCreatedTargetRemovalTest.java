package io.runledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The created-target removal contract on PostgreSQL, and what only a server backend has: a refused
 * transfer into a database without a store leaves it as it was, the tables (and the schema) its
 * migration created are dropped again, and nothing that was there before is touched. A store that
 * existed, even empty, stays exactly as it was (StoreRefusalsContract); a refused migration into a new
 * PostgreSQL store is NulCharacterContract.
 */
class PostgresCreatedTargetRemovalTest extends CreatedTargetRemovalContract {
    /** Lines of the shared vector: 1 header, 2-13 runs, 14-43 steps, 44-103 audit events, 104 trailer. */
    private static final int TRAILER = 104;
    private static final String SCHEMA_TABLES = "SELECT tablename FROM pg_tables WHERE schemaname = 'ledger' ORDER BY 1";

    private PostgresDatabases databases;

    @Override
    CliBackendFixture fixture(Path dir) {
        PostgresCliFixture fixture = new PostgresCliFixture();
        databases = fixture.databases();
        return fixture;
    }

    private Path tampered(String name, Consumer<List<String>> edit) {
        List<String> lines = new ArrayList<>(ExportFiles.lines(ExportFiles.sample(dir.resolve("sample.jsonl"))));
        edit.accept(lines);
        return ExportFiles.writeLines(dir.resolve(name), lines);
    }

    private Cli.Result importing(String url, Path file) {
        return new Cli(dir).run("--backend", "postgres", "--state", url, "store", "import", "--in", file.toString(), "--quiet");
    }

    @Test
    void anImportRefusedMidFileOrAtItsTrailerLeavesAnEmptyDatabaseWithoutTables() throws Exception {
        String database = databases.fresh();
        String url = databases.url(database);
        Path badRecord = tampered("record.jsonl", lines -> lines.set(70, lines.get(70).replace("\"level\":\"", "\"level\":\"x")));
        Path badTrailer = tampered("trailer.jsonl", lines -> lines.set(TRAILER - 1,
                lines.get(TRAILER - 1).replaceFirst("sha256:[0-9a-f]{64}", "sha256:" + "ab".repeat(32))));

        Cli.Result midFile = importing(url, badRecord);
        refused(midFile, 9, "import_format_invalid");
        assertTrue(midFile.err().startsWith("runledger: line 71: "), midFile.toString());
        assertEquals(List.of(), databases.tables(database), "the tables the import created are gone");

        refused(importing(url, badTrailer), 7, "state_migration_hash_mismatch");
        assertEquals(List.of(), databases.tables(database), "the tables the import created are gone");
    }

    @Test
    void aSchemaTheImportCreatedIsDroppedWithItsTables() throws Exception {
        String database = databases.fresh();
        Path badTrailer = tampered("trailer.jsonl", lines -> lines.set(TRAILER - 1,
                lines.get(TRAILER - 1).replaceFirst("sha256:[0-9a-f]{64}", "sha256:" + "ab".repeat(32))));

        refused(importing(databases.url(database) + "&currentSchema=ledger", badTrailer),
                7, "state_migration_hash_mismatch");

        assertEquals(List.of(), databases.column(database, "SELECT nspname FROM pg_namespace WHERE nspname = 'ledger'"));
    }

    @Test
    void aSchemaThatExistedBeforeIsKeptAndOnlyTheStoresTablesAreDropped() throws Exception {
        String database = databases.fresh();
        databases.execute(database, "CREATE SCHEMA ledger");
        Path badRecord = tampered("record.jsonl", lines -> lines.set(50, lines.get(50).replace("\"ts\":\"", "\"ts\":\"x")));

        Cli.Result result = importing(databases.url(database) + "&currentSchema=ledger", badRecord);

        refused(result, 9, "import_format_invalid");
        assertTrue(result.err().startsWith("runledger: line 51: "), result.toString());
        assertEquals(List.of("ledger"), databases.column(database, "SELECT nspname FROM pg_namespace WHERE nspname = 'ledger'"));
        assertEquals(List.of(), databases.column(database, SCHEMA_TABLES));
    }
}
