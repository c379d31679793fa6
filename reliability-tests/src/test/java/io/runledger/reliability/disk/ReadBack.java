package io.runledger.reliability.disk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.runledger.reliability.ChildRunledger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Reads the store back through the CLI in a new process (so the JSON store is opened again and
 * recovered from its files): {@code db check} passes and {@code store export} holds exactly the
 * acknowledged events, each once.
 */
final class ReadBack {
    private final DiskChild cli;

    ReadBack(DiskChild cli) {
        this.cli = cli;
    }

    void assertHoldsExactly(List<String> acknowledged, String when) {
        ChildRunledger.Result check = cli.read("db", "check");
        assertEquals(0, check.exitCode(), "db check " + when + ": " + check.output());
        ChildRunledger.Result export = cli.read("store", "export", "--quiet");
        assertEquals(0, export.exitCode(), "store export " + when + ": " + export.stderr());
        assertEquals(acknowledged.stream().sorted().toList(), auditIds(export.stdout()),
                "the events in the store " + when + " are not exactly the acknowledged ones");
    }

    /** The event ids of an export, in its order (event_id order). */
    private static List<String> auditIds(String export) {
        return export.lines().map(ReadBack::parse).filter(record -> "audit".equals(record.path("type").asText()))
                .map(record -> record.get("event_id").asText()).toList();
    }

    private static JsonNode parse(String line) {
        try {
            return AuditHttp.JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException("not a JSON line in the export: " + line, e);
        }
    }
}
