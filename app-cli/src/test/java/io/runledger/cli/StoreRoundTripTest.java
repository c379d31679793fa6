package io.runledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.format.record.ExportWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Data moves between stores without a byte changing: through the JSON and SQLite stores and export
 * files, every record line stays identical to the source file and the content hash is the same at
 * every hop. (The hops through PostgreSQL: PostgresRoundTripTest.)
 */
class StoreRoundTripTest {
    @TempDir
    Path dir;

    private Cli cli() {
        return new Cli(dir);
    }

    private void ok(Cli.Result result) {
        assertEquals(0, result.exitCode(), result.toString());
    }

    private String hash(String... store) {
        List<String> args = new java.util.ArrayList<>(List.of(store));
        args.addAll(List.of("store", "hash"));
        Cli.Result result = cli().run(args.toArray(String[]::new));
        ok(result);
        assertEquals(1, result.outLines().size(), result.toString());
        return result.outLines().get(0);
    }

    /**
     * Every hop keeps the body of {@code source} (records and trailer) byte for byte: file → JSON →
     * SQLite → file → SQLite → SQLite → file (gzip) → SQLite → JSON → standard output.
     */
    private void roundTrip(Path source) {
        List<String> body = ExportFiles.body(source);
        String expectedHash = ExportFiles.trailerHash(source);

        ok(cli().run("--backend", "json", "--state", "a/state.json", "store", "import", "--in", source.toString()));
        assertEquals(expectedHash, hash("--backend", "json", "--state", "a/state.json"));

        ok(cli().run("store", "migrate", "--from", "json:a/state.json", "--to", "sqlite:b.sqlite"));
        assertEquals(expectedHash, hash("--state", "b.sqlite"));
        ok(cli().run("--state", "b.sqlite", "store", "export", "--out", "b.jsonl"));
        assertEquals(body, ExportFiles.body(dir.resolve("b.jsonl")));

        ok(cli().run("store", "migrate", "--from", "sqlite:b.sqlite", "--to", "sqlite:copies/c.sqlite", "--batch", "7"));
        assertEquals(expectedHash, hash("--state", "copies/c.sqlite"));
        ok(cli().run("--state", "copies/c.sqlite", "store", "export", "--out", "c.jsonl.gz"));
        assertEquals(body, ExportFiles.body(dir.resolve("c.jsonl.gz")));

        ok(cli().run("--state", "d.sqlite", "store", "import", "--in", "c.jsonl.gz"));
        assertEquals(expectedHash, hash("--state", "d.sqlite"));

        ok(cli().run("store", "migrate", "--from", "sqlite:d.sqlite", "--to", "json:e/state.json"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ok(cli().runWithInput(new ByteArrayInputStream(new byte[0]), out,
                "--backend", "json", "--state", "e/state.json", "store", "export"));
        assertEquals(body, ExportFiles.lines(out.toByteArray()).subList(1, body.size() + 1));
    }

    @Test
    void theSharedVectorSurvivesEveryHopByteForByte() {
        roundTrip(ExportFiles.sample(dir.resolve("sample.jsonl")));
    }

    @Test
    void aGeneratedDatasetOfAwkwardValuesSurvivesEveryHopByteForByte() {
        Path file = ExportFiles.write(dir.resolve("awkward.jsonl"), new AwkwardRecords(20261121).dataset(40, 5, 400));
        roundTrip(file);
    }

    @Test
    void theHeaderNamesTheSourceBackendAndSchemaAndTheSummaryGoesToStandardError() throws Exception {
        ok(cli().run("--state", "a.sqlite", "store", "import", "--in", ExportFiles.sample(dir.resolve("s.jsonl")).toString()));

        Cli.Result export = cli().run("--state", "a.sqlite", "store", "export", "--out", "x.jsonl");

        ok(export);
        String header = ExportFiles.lines(dir.resolve("x.jsonl")).get(0);
        assertTrue(header.matches("\\{\"exported_at\":\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z\",\"format\":\"runledger-export\","
                + "\"format_version\":1,\"schema_version\":\\d+,\"source_backend\":\"sqlite\"}"), header);
        assertEquals("", export.out());
        assertTrue(export.err().startsWith("Exported 12 runs, 30 steps, 60 audit events"), export.toString());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().endsWith(".partial")).toList());
        }
    }

    @Test
    void quietTransfersPrintNothing() {
        Path sample = ExportFiles.sample(dir.resolve("s.jsonl"));
        Cli.Result imported = cli().run("--state", "a.sqlite", "store", "import", "--in", sample.toString(), "--quiet");
        Cli.Result migrated = cli().run("store", "migrate", "--from", "sqlite:a.sqlite", "--to", "sqlite:b.sqlite", "--quiet");

        ok(imported);
        ok(migrated);
        assertEquals("", imported.err() + imported.out() + migrated.err() + migrated.out());
    }

    @Test
    void importReadsStandardInputWithADash() throws Exception {
        byte[] sample = Files.readAllBytes(ExportFiles.sample(dir.resolve("s.jsonl")));
        ok(cli().runWithInput(new ByteArrayInputStream(sample), new ByteArrayOutputStream(),
                "--state", "a.sqlite", "store", "import", "--in", "-"));
        assertEquals(ExportFiles.trailerHash(dir.resolve("s.jsonl")), hash("--state", "a.sqlite"));
    }

    @Test
    void anEmptyStoreHashesAsNoRecords() {
        ok(cli().run("--state", "e.sqlite", "db", "migrate"));
        assertEquals(ExportFiles.EMPTY_HASH, hash("--state", "e.sqlite"));
        assertEquals(ExportFiles.EMPTY_HASH, ExportWriter.summarize(ExportFiles.contents(List.of())).contentHash());
    }
}
