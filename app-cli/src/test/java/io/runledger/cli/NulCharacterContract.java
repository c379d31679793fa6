package io.runledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.AuditLevel;
import io.runledger.storage.api.CanonicalJson;
import io.runledger.storage.api.EventId;
import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.api.Run;
import io.runledger.storage.api.RunId;
import io.runledger.storage.api.RunStatus;
import io.runledger.storage.api.Step;
import io.runledger.storage.api.StepId;
import io.runledger.storage.api.StepStatus;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * FORMAT.md allows any Unicode in a message, scope, event, step name or label, U+0000 included (one
 * text column of each table is tried here). The SQLite and JSON stores keep it byte for byte; a known
 * limit of the PostgreSQL store is that its text cannot hold a NUL character, so moving such a record
 * there is a clean refusal — one line with {@code validation_failed}, exit 12, no internal error — and
 * no record reaches the target: the store the refused transfer created is removed again.
 */
abstract class NulCharacterContract extends CliContract {
    private static final String NUL = "before\u0000after";
    private static final Instant T = Instant.parse("2026-11-21T10:00:00.123456Z");

    private static List<LedgerRecord> withNulIn(String field) {
        CanonicalJson empty = new CanonicalJson("{}");
        RunId runId = new RunId("run-1");
        Run run = new Run(runId, T, empty, Optional.empty(), Optional.empty(), RunStatus.RUNNING, Optional.empty(),
                Map.of("team", field.equals("label") ? NUL : "data"));
        Step step = new Step(runId, new StepId("step-1"), field.equals("name") ? NUL : "extract", StepStatus.PENDING,
                Optional.empty(), Optional.empty(), empty);
        AuditEvent event = new AuditEvent(new EventId("ev-1"), T, AuditLevel.INFO, Optional.of(runId),
                "deploy", "started",
                field.equals("message") ? NUL : "deploying", empty);
        return List.of(run, step, event);
    }

    @ParameterizedTest
    @ValueSource(strings = {"message", "name", "label"})
    void aNulCharacterIsKeptWhereTextHoldsItAndCleanlyRefusedElsewhere(String field) {
        Path file = ExportFiles.write(dir.resolve("nul.jsonl"), withNulIn(field));
        Cli cli = cli();
        Cli.Result sqlite = cli.run("--state", "a.sqlite", "store", "import", "--in", file.toString(), "--quiet");
        assertEquals(0, sqlite.exitCode(), "legal per FORMAT.md, and SQLite keeps it: " + sqlite);
        String migrated = backend.freshLocation();
        String imported = backend.freshLocation();

        Cli.Result migrate = cli.run("store", "migrate", "--from", "sqlite:a.sqlite", "--to", backend.spec(migrated), "--quiet");
        Cli.Result importing = on(imported, "store", "import", "--in", file.toString(), "--quiet");

        if (backend.capabilities().contains(CliCapability.NUL_IN_TEXT)) {
            ok(migrate);
            ok(importing);
            for (String location : List.of(migrated, imported)) {
                ok(on(location, "store", "export", "--format-version", "1", "--out", "back.jsonl", "--quiet"));
                assertEquals(ExportFiles.body(file), ExportFiles.body(dir.resolve("back.jsonl")), "kept byte for byte");
                ExportFiles.delete(dir.resolve("back.jsonl"));
            }
        } else {
            for (Cli.Result refusal : List.of(migrate, importing)) {
                refused(refusal, 12, "validation_failed");
                assertTrue(refusal.err().contains("0x00"), "names the character: " + refusal);
            }
            for (String location : List.of(migrated, imported)) {
                assertFalse(backend.storeExists(location), "the target is left as it was, without a store");
            }
        }
        assertEquals(0, cli.run("--state", "a.sqlite", "store", "export", "--format-version", "1", "--out", "back.jsonl",
                "--quiet").exitCode());
        assertEquals(ExportFiles.body(file), ExportFiles.body(dir.resolve("back.jsonl")), "SQLite keeps the record byte for byte");
    }
}
