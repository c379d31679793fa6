package io.runledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Data moves through PostgreSQL without a byte changing: JSON → SQLite → PostgreSQL → JSON, export
 * and import to and from PostgreSQL, and PostgreSQL → PostgreSQL; every record line stays identical
 * to the source file and the content hash is the same at every hop.
 */
class PostgresRoundTripTest {
    @TempDir
    Path dir;

    private final PostgresDatabases databases = new PostgresDatabases();

    @AfterEach
    void dropDatabases() {
        databases.close();
    }

    private Cli cli() {
        return new Cli(dir);
    }

    private static void ok(Cli.Result result) {
        assertEquals(0, result.exitCode(), result.toString());
    }

    private String hash(String backend, String location) {
        Cli.Result result = cli().run("--backend", backend, "--state", location, "store", "hash");
        ok(result);
        assertEquals(1, result.outLines().size(), result.toString());
        return result.outLines().get(0);
    }

    private List<String> exportedBody(String backend, String location, int records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ok(cli().runWithInput(new ByteArrayInputStream(new byte[0]), out, "--backend", backend, "--state", location, "store", "export"));
        return ExportFiles.lines(out.toByteArray()).subList(1, records + 1);
    }

    /**
     * file → JSON → SQLite → PostgreSQL → file, PostgreSQL → JSON → standard output, file (gzip) →
     * PostgreSQL → PostgreSQL (small batches) → standard output.
     */
    private void roundTrip(Path source) {
        List<String> body = ExportFiles.body(source);
        String expectedHash = ExportFiles.trailerHash(source);
        String first = databases.freshUrl();
        String imported = databases.freshUrl();
        String copy = databases.freshUrl();
        List<String> hashes = new ArrayList<>();

        ok(cli().run("--backend", "json", "--state", "a/state.json", "store", "import", "--in", source.toString()));
        hashes.add(hash("json", "a/state.json"));
        ok(cli().run("store", "migrate", "--from", "json:a/state.json", "--to", "sqlite:b.sqlite"));
        hashes.add(hash("sqlite", "b.sqlite"));

        ok(cli().run("store", "migrate", "--from", "sqlite:b.sqlite", "--to", "postgres:" + first));
        hashes.add(hash("postgres", first));
        ok(cli().run("--backend", "postgres", "--state", first, "store", "export", "--out", "p.jsonl.gz"));
        assertEquals(body, ExportFiles.body(dir.resolve("p.jsonl.gz")));

        ok(cli().run("store", "migrate", "--from", "postgres:" + first, "--to", "json:c/state.json"));
        hashes.add(hash("json", "c/state.json"));
        assertEquals(body, exportedBody("json", "c/state.json", body.size()));

        ok(cli().run("--backend", "postgres", "--state", imported, "store", "import", "--in", "p.jsonl.gz"));
        hashes.add(hash("postgres", imported));
        ok(cli().run("store", "migrate", "--from", "postgres:" + imported, "--to", "postgres:" + copy, "--batch", "7"));
        hashes.add(hash("postgres", copy));
        assertEquals(body, exportedBody("postgres", copy, body.size()));

        assertEquals(List.of(expectedHash, expectedHash, expectedHash, expectedHash, expectedHash, expectedHash), hashes);
    }

    @Test
    void theSharedVectorSurvivesEveryHopThroughPostgresByteForByte() {
        roundTrip(ExportFiles.sample(dir.resolve("sample.jsonl")));
    }

    @Test
    void aGeneratedDatasetOfAwkwardValuesSurvivesEveryHopThroughPostgresByteForByte() {
        roundTrip(ExportFiles.write(dir.resolve("awkward.jsonl"), new AwkwardRecords(20261121).dataset(40, 5, 400)));
    }

    @Test
    void anEmptyPostgresStoreHashesAsNoRecords() {
        String url = databases.freshUrl();
        ok(cli().run("--backend", "postgres", "--state", url, "db", "migrate"));
        assertEquals(ExportFiles.EMPTY_HASH, hash("postgres", url));
    }
}
