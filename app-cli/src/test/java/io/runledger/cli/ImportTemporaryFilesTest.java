package io.runledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit chain check of an import spills the events that arrive out of position to temporary files
 * in {@code java.io.tmpdir} (docs/AUDIT_CHAIN.md, "Moves"); every command that reads an export file
 * deletes them as soon as it is done with the file, whether it succeeded or refused it half-way — not
 * when the JVM exits, which for a long-lived process is never.
 */
class ImportTemporaryFilesTest {
    /** Enough events, with long enough messages, that those put aside pass the check's 8 MiB in memory. */
    private static final int EVENTS = 80;
    private static final String LONG = "x".repeat(64_000);

    @TempDir
    Path dir;

    private Cli.Result json(String store, String... command) {
        return new Cli(dir).run(Stream.concat(Stream.of("--backend", "json", "--state", store), Stream.of(command))
                .toArray(String[]::new));
    }

    /**
     * A version 2 export whose audit lines (ordered by event id) arrive in the reverse of their positions:
     * e0080 holds seq 1 and is the last audit line, so every event before it is put aside.
     */
    private Path exportInReverseOrder() {
        String events = IntStream.rangeClosed(1, EVENTS).map(i -> EVENTS + 1 - i)
                .mapToObj(i -> String.format("{\"event_id\":\"e%04d\",\"level\":\"info\",\"scope\":\"ci\",\"event\":\"noted\","
                        + "\"message\":\"%s %d\"}%n", i, LONG, i)).collect(Collectors.joining());
        CliContract.ok(new Cli(dir).runWithInput(events, "--backend", "json", "--state", "source.json", "audit", "append"));
        CliContract.ok(json("source.json", "store", "export", "--out", "export.jsonl", "--quiet"));
        return dir.resolve("export.jsonl");
    }

    private List<Path> left(Path tmp) throws IOException {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.toList();
        }
    }

    @Test
    void aFileRefusedHalfWayOrImportedLeavesNoTemporaryFileBehind() throws IOException {
        Path intact = exportInReverseOrder();
        String text = Files.readString(intact);
        Path edited = Files.writeString(dir.resolve("edited.jsonl"), text.replace("x 80\",\"run_id\"", "x 80, edited\",\"run_id\""));
        Path notADirectory = Files.writeString(dir.resolve("not-a-directory"), "");
        Path tmp = Files.createDirectory(dir.resolve("tmp"));
        String before = System.getProperty("java.io.tmpdir");
        try {
            System.setProperty("java.io.tmpdir", notADirectory.toString());
            Cli.Result cannotSpill = json("a.json", "store", "import", "--in", intact.toString(), "--quiet");
            // the check spills there: where it cannot, the import stops
            CliContract.refused(cannotSpill, 10, "store_unavailable");
            assertTrue(cannotSpill.err().contains("cannot write a temporary file to check the audit chain"), cannotSpill.toString());

            System.setProperty("java.io.tmpdir", tmp.toString());
            Cli.Result imported = json("b.json", "store", "import", "--in", intact.toString(), "--quiet");
            List<Path> afterImport = left(tmp);
            Cli.Result refused = json("c.json", "store", "import", "--in", edited.toString(), "--quiet");
            List<Path> afterRefusal = left(tmp);
            Cli.Result notRestored = json("d.json", "db", "restore", edited.toString());
            List<Path> afterRestore = left(tmp);

            CliContract.ok(imported);
            assertEquals(List.of(), afterImport, "an import leaves no temporary file");
            CliContract.refused(refused, 7, "audit_chain_broken");
            assertTrue(refused.err().contains("the audit chain is broken at event e0080 (seq 1)"), refused.toString());
            assertEquals(List.of(), afterRefusal, "a refused import leaves no temporary file");
            CliContract.refused(notRestored, 7, "audit_chain_broken");
            assertEquals(List.of(), afterRestore, "a refused restore leaves no temporary file");
        } finally {
            System.setProperty("java.io.tmpdir", before);
        }
    }
}
