package io.runledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.format.record.ExportWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Data moves between stores without a byte changing: through the backend under test, the JSON and
 * SQLite stores and export files, every record line stays identical to the source file and the
 * content hash is the same at every hop.
 */
abstract class RoundTripContract extends CliContract {
    private List<String> exportedBody(String location, int records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ok(cli().runWithInput(new ByteArrayInputStream(new byte[0]), out, args(location, "store", "export")));
        return ExportFiles.lines(out.toByteArray()).subList(1, records + 1);
    }

    /**
     * file → JSON → SQLite → store → file, store → file (gzip) → store → store (small batches) → JSON
     * → standard output; every hop keeps the body of {@code source} (records and trailer) byte for byte.
     */
    private void roundTrip(Path source) {
        List<String> body = ExportFiles.body(source);
        String expectedHash = ExportFiles.trailerHash(source);
        String first = backend.freshLocation();
        String imported = backend.freshLocation();
        String copy = backend.freshLocation();
        List<String> hashes = new ArrayList<>();

        ok(cli().run("--backend", "json", "--state", "a/state.json", "store", "import", "--in", source.toString()));
        hashes.add(hash("json", "a/state.json"));
        ok(cli().run("store", "migrate", "--from", "json:a/state.json", "--to", "sqlite:b.sqlite"));
        hashes.add(hash("sqlite", "b.sqlite"));

        ok(cli().run("store", "migrate", "--from", "sqlite:b.sqlite", "--to", backend.spec(first)));
        hashes.add(hash(first));
        ok(on(first, "store", "export", "--out", "p.jsonl"));
        assertEquals(body, ExportFiles.body(dir.resolve("p.jsonl")));
        ok(on(first, "store", "export", "--out", "p.jsonl.gz"));
        assertEquals(body, ExportFiles.body(dir.resolve("p.jsonl.gz")));

        ok(on(imported, "store", "import", "--in", "p.jsonl.gz"));
        hashes.add(hash(imported));
        ok(cli().run("store", "migrate", "--from", backend.spec(imported), "--to", backend.spec(copy), "--batch", "7"));
        hashes.add(hash(copy));
        assertEquals(body, exportedBody(copy, body.size()));

        ok(cli().run("store", "migrate", "--from", backend.spec(copy), "--to", "json:c/state.json"));
        hashes.add(hash("json", "c/state.json"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ok(cli().runWithInput(new ByteArrayInputStream(new byte[0]), out,
                "--backend", "json", "--state", "c/state.json", "store", "export"));
        assertEquals(body, ExportFiles.lines(out.toByteArray()).subList(1, body.size() + 1));

        assertEquals(List.of(expectedHash, expectedHash, expectedHash, expectedHash, expectedHash, expectedHash), hashes);
    }

    private String hash(String otherBackend, String location) {
        Cli.Result result = cli().run("--backend", otherBackend, "--state", location, "store", "hash");
        ok(result);
        assertEquals(1, result.outLines().size(), result.toString());
        return result.outLines().get(0);
    }

    @Test
    void theSharedVectorSurvivesEveryHopByteForByte() {
        roundTrip(ExportFiles.sample(dir.resolve("sample.jsonl")));
    }

    @Test
    void aGeneratedDatasetOfAwkwardValuesSurvivesEveryHopByteForByte() {
        roundTrip(ExportFiles.write(dir.resolve("awkward.jsonl"), new AwkwardRecords(20261121).dataset(40, 5, 400)));
    }

    @Test
    void theHeaderNamesTheSourceBackendAndSchemaAndTheSummaryGoesToStandardError() throws Exception {
        String location = backend.freshLocation();
        ok(on(location, "store", "import", "--in", ExportFiles.sample(dir.resolve("s.jsonl")).toString()));

        Cli.Result export = on(location, "store", "export", "--out", "x.jsonl");

        ok(export);
        String header = ExportFiles.lines(dir.resolve("x.jsonl")).get(0);
        assertTrue(header.matches("\\{\"exported_at\":\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z\",\"format\":\"runledger-export\","
                + "\"format_version\":1,\"schema_version\":\\d+,\"source_backend\":\"" + backend.backend() + "\"}"), header);
        assertEquals("", export.out());
        assertTrue(export.err().startsWith("Exported 12 runs, 30 steps, 60 audit events"), export.toString());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().endsWith(".partial")).toList());
        }
    }

    @Test
    void quietTransfersPrintNothing() {
        Path sample = ExportFiles.sample(dir.resolve("s.jsonl"));
        String source = backend.freshLocation();
        Cli.Result imported = on(source, "store", "import", "--in", sample.toString(), "--quiet");
        Cli.Result migrated = cli().run("store", "migrate", "--from", backend.spec(source), "--to",
                backend.spec(backend.freshLocation()), "--quiet");

        ok(imported);
        ok(migrated);
        assertEquals("", imported.err() + imported.out() + migrated.err() + migrated.out());
    }

    @Test
    void importReadsStandardInputWithADash() throws Exception {
        byte[] sample = Files.readAllBytes(ExportFiles.sample(dir.resolve("s.jsonl")));
        String location = backend.freshLocation();
        ok(cli().runWithInput(new ByteArrayInputStream(sample), new ByteArrayOutputStream(),
                args(location, "store", "import", "--in", "-")));
        assertEquals(ExportFiles.trailerHash(dir.resolve("s.jsonl")), hash(location));
    }

    @Test
    void anEmptyStoreHashesAsNoRecords() {
        assertEquals(ExportFiles.EMPTY_HASH, hash(migratedStore()));
        assertEquals(ExportFiles.EMPTY_HASH, ExportWriter.summarize(ExportFiles.contents(List.of())).contentHash());
    }
}
