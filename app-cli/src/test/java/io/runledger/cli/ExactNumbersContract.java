package io.runledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A ledger does not change what it was given, on every command that takes JSON: a number is stored
 * only if it reads back as the same decimal value; one that cannot be stored exactly is refused
 * naming its line and JSON path — {@code validation_failed} (exit 12) from {@code audit append},
 * {@code import_format_invalid} (exit 9) from {@code store import} like every other bad value in a
 * record line — and nothing of the refused line is stored.
 */
abstract class ExactNumbersContract extends CliContract {
    private static final String EVENT = "{\"level\":\"info\",\"scope\":\"deploy\",\"event\":\"e\",\"message\":\"m\"";

    @Test
    void auditAppendStoresNumbersThatReadBackAsTheSameValue() {
        String location = backend.freshLocation();

        ok(onWithInput(location, EVENT + ",\"data\":{\"a\":1.50,\"b\":1e2,\"c\":-0,\"n\":-9007199254740992}}\n", "audit", "append"));

        ok(on(location, "store", "export", "--out", "out.jsonl", "--quiet"));
        assertTrue(ExportFiles.lines(dir.resolve("out.jsonl")).stream()
                .anyMatch(line -> line.contains("\"data\":{\"a\":1.5,\"b\":100,\"c\":0,\"n\":-9007199254740992}")));
    }

    @Test
    void auditAppendRefusesANumberThatCannotBeStoredExactlyNamingLineAndPath() {
        String location = backend.freshLocation();
        String input = EVENT + ",\"event_id\":\"ev-first\"}\n" + EVENT + ",\"data\":{\"n\":9007199254740993}}\n";

        Cli.Result result = onWithInput(location, input, "audit", "append", "--print-ids");

        refused(result, 12, "validation_failed");
        assertTrue(result.err().contains("line 2: number 9007199254740993 at $.data.n cannot be stored exactly"), result.toString());
        assertEquals(List.of("ev-first"), result.outLines(), "the line before it is stored, the refused one is not");
    }

    @Test
    void importRefusesANumberThatCannotBeStoredExactlyNamingLineAndPath() {
        List<String> lines = new ArrayList<>(ExportFiles.lines(ExportFiles.sample(dir.resolve("sample.jsonl"))));
        assertTrue(lines.get(44).contains("\"é\":42"), "line 45 is the audit event this test edits");
        lines.set(44, lines.get(44).replace("\"é\":42", "\"é\":9007199254740993"));
        Path file = ExportFiles.writeLines(dir.resolve("inexact.jsonl"), lines);
        String location = migratedStore();
        List<String> before = backend.snapshot(location);

        Cli.Result result = on(location, "store", "import", "--in", file.toString(), "--quiet");

        refused(result, 9, "import_format_invalid");
        assertTrue(result.err().startsWith("runledger: line 45: number 9007199254740993 at $.data[\"é\"] cannot be stored exactly"),
                result.toString());
        assertEquals(before, backend.snapshot(location), "a refused import writes nothing");
        assertEquals(ExportFiles.EMPTY_HASH, hash(location));
    }
}
