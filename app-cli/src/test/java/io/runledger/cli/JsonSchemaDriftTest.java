package io.runledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The JSON store's schema is its files' headers: a snapshot or journal of another format version is
 * {@code schema_drift} (exit 6) for doctor, db check and a write alike, naming the file, and nothing is
 * changed; a clean store's checks say so.
 */
class JsonSchemaDriftTest extends CliContract {
    private static final String EVENT = "{\"level\":\"info\",\"scope\":\"t\",\"event\":\"e\",\"message\":\"m\"}\n";

    @Override
    CliBackendFixture fixture(Path dir) {
        return new JsonCliFixture(dir);
    }

    private Path snapshot(String location) {
        return ((JsonCliFixture) backend).file(location);
    }

    @Test
    void aCleanStoreShowsNoDrift() {
        Cli.Result check = on(migratedStore(), "db", "check");

        ok(check);
        assertTrue(check.out().contains("[ok  ] schema_drift: none: state.json is runledger-export format_version 1"),
                check.toString());
    }

    @Test
    void aSnapshotOfAnotherFormatVersionIsSchemaDrift() throws IOException {
        String location = migratedStore();
        Path snapshot = snapshot(location);
        rewriteFirstLine(snapshot, "\"format_version\":1", "\"format_version\":99");

        assertDriftEverywhere(location, "state.json line 1: the header states format runledger-export format_version 99");
    }

    @Test
    void aJournalOfAnotherFormatVersionIsSchemaDrift() throws IOException {
        String location = migratedStore();
        Path journal = Path.of(snapshot(location) + ".journal");
        rewriteFirstLine(journal, "\"format_version\":1", "\"format_version\":2");

        assertDriftEverywhere(location, "state.json.journal line 1: the header states format runledger-json-journal format_version 2");
    }

    private void assertDriftEverywhere(String location, String problem) {
        List<String> before = backend.snapshot(location);
        for (String command : List.of("doctor", "db check", "audit append")) {
            Cli.Result result = onWithInput(location, EVENT, command.split(" "));

            assertEquals(6, result.exitCode(), command + ": " + result);
            assertTrue(result.err().strip().endsWith("(reason: schema_drift)"), command + ": " + result);
            assertTrue(result.toString().contains(problem), command + ": " + result);
        }
        assertEquals(before, backend.snapshot(location), "nothing was changed");
    }

    private static void rewriteFirstLine(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        int end = text.indexOf('\n');
        assertTrue(text.substring(0, end).contains(from), text);
        Files.writeString(file, text.substring(0, end).replace(from, to) + text.substring(end));
    }
}
