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
     * → standard output. The version 1 {@code source} is imported once (its events chained in line
     * order); from then on every hop carries format version 2 and keeps the body of the first export —
     * every record, every audit event's {@code seq} and {@code chain}, the trailer — byte for byte, the
     * content hash and the chain's head; a version 1 export at the end gives the source back.
     */
    private void roundTrip(Path source) {
        String first = backend.freshLocation();
        String imported = backend.freshLocation();
        String copy = backend.freshLocation();
        List<String> hashes = new ArrayList<>();

        ok(cli().run("--backend", "json", "--state", "a/state.json", "store", "import", "--in", source.toString()));
        ok(cli().run("--backend", "json", "--state", "a/state.json", "store", "export", "--out", "a.jsonl"));
        List<String> body = ExportFiles.body(dir.resolve("a.jsonl"));
        String expectedHash = ExportFiles.trailerHash(dir.resolve("a.jsonl"));
        String head = head("json", "a/state.json");
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
        assertEquals(head, head("json", "c/state.json"), "the chain's head");
        ok(cli().run("--backend", "json", "--state", "c/state.json", "store", "export", "--format-version", "1",
                "--out", "v1.jsonl"));
        assertEquals(ExportFiles.body(source), ExportFiles.body(dir.resolve("v1.jsonl")), "version 1 gives the source back");
    }

    /** {@code audit head --json} of a store of another backend. */
    private String head(String otherBackend, String location) {
        Cli.Result result = cli().run("--backend", otherBackend, "--state", location, "audit", "head", "--json");
        ok(result);
        return result.out();
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
                + "\"format_version\":2,\"schema_version\":\\d+,\"source_backend\":\"" + backend.backend() + "\"}"), header);
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
        ok(on(location, "store", "export", "--format-version", "1", "--out", "v1.jsonl"));
        assertEquals(ExportFiles.trailerHash(dir.resolve("s.jsonl")), ExportFiles.trailerHash(dir.resolve("v1.jsonl")));
    }

    @Test
    void anEmptyStoreHashesAsNoRecords() {
        assertEquals(ExportFiles.EMPTY_HASH, hash(migratedStore()));
        assertEquals(ExportFiles.EMPTY_HASH, ExportWriter.summarize(ExportFiles.contents(List.of())).contentHash());
    }

    @Test
    void aPrunedStoreSurvivesEveryHopWithItsAnchorHeadAndHash() {
        ok(cli().run("--backend", "json", "--state", "a/state.json", "store", "import", "--in",
                ExportFiles.sample(dir.resolve("s.jsonl")).toString()));
        ok(cli().run("--backend", "json", "--state", "a/state.json", "audit", "prune", "--before", "2024-03-01T00:00:00.000000Z",
                "--include-running", "--archive", "pruned.jsonl"));
        ok(cli().run("--backend", "json", "--state", "a/state.json", "store", "export", "--out", "a.jsonl"));
        String anchor = ExportFiles.lines(dir.resolve("a.jsonl")).get(0).replaceAll("^\\{(\"chain_anchor\":\\{[^}]*}),.*", "$1");
        assertTrue(anchor.matches("\"chain_anchor\":\\{\"chain\":\"[0-9a-f]{64}\",\"seq\":\\d+}"), anchor);
        String head = head("json", "a/state.json");
        String target = backend.freshLocation();

        ok(cli().run("store", "migrate", "--from", "json:a/state.json", "--to", "sqlite:b.sqlite"));
        ok(cli().run("store", "migrate", "--from", "sqlite:b.sqlite", "--to", backend.spec(target)));
        ok(cli().run("store", "migrate", "--from", backend.spec(target), "--to", "json:c/state.json"));
        ok(cli().run("--backend", "json", "--state", "c/state.json", "store", "export", "--out", "c.jsonl"));

        assertEquals(ExportFiles.body(dir.resolve("a.jsonl")), ExportFiles.body(dir.resolve("c.jsonl")));
        assertTrue(ExportFiles.lines(dir.resolve("c.jsonl")).get(0).startsWith("{" + anchor + ","), "the anchor travels");
        for (String[] store : new String[][] {{"sqlite", "b.sqlite"}, {backend.backend(), target}, {"json", "c/state.json"}}) {
            assertEquals(head, head(store[0], store[1]), "the head on " + store[0]);
            Cli.Result verified = cli().run("--backend", store[0], "--state", store[1], "audit", "verify");
            ok(verified);
        }
    }

    @Test
    void anEditedMessageInAVersion2ExportIsABrokenChainAtItsLineAndNothingIsWritten() {
        ok(cli().run("--backend", "json", "--state", "a/state.json", "store", "import", "--in",
                ExportFiles.sample(dir.resolve("s.jsonl")).toString()));
        ok(cli().run("--backend", "json", "--state", "a/state.json", "store", "export", "--out", "a.jsonl"));
        List<String> lines = new ArrayList<>(ExportFiles.lines(dir.resolve("a.jsonl")));
        int line = lines.size() - 20;
        lines.set(line - 1, lines.get(line - 1).replaceFirst("\"message\":\"", "\"message\":\"edited "));
        ExportFiles.writeLines(dir.resolve("tampered.jsonl"), lines);
        ExportFiles.writeLines(dir.resolve("rehashed.jsonl"), ExportFiles.rehashed(lines));

        for (String file : List.of("tampered.jsonl", "rehashed.jsonl")) {
            String location = migratedStore();
            Cli.Result result = on(location, "store", "import", "--in", file);
            refused(result, 7, "audit_chain_broken");
            assertTrue(result.err().startsWith("runledger: line " + line + ": "), result.toString());
            assertEquals(ExportFiles.EMPTY_HASH, hash(location), "nothing was written");
        }
    }

    @Test
    void formatVersionOneIsStillWrittenOnRequest() {
        String location = backend.freshLocation();
        ok(on(location, "store", "import", "--in", ExportFiles.sample(dir.resolve("s.jsonl")).toString()));

        ok(on(location, "store", "export", "--format-version", "1", "--out", "v1.jsonl"));

        List<String> lines = ExportFiles.lines(dir.resolve("v1.jsonl"));
        assertTrue(lines.get(0).contains("\"format_version\":1,"), lines.get(0));
        assertTrue(lines.stream().noneMatch(l -> l.contains("\"seq\":")), "no positions");
        assertEquals(ExportFiles.body(dir.resolve("s.jsonl")), ExportFiles.body(dir.resolve("v1.jsonl")));
        refused(on(location, "store", "export", "--format-version", "3"), 2, "usage_error");
    }
}
