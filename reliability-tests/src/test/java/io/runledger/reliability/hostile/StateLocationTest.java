package io.runledger.reliability.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.reliability.ChildRunledger;
import io.runledger.reliability.Figures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store location is a file name, nothing more: names that mean something to SQLite or its JDBC
 * driver ({@code :memory:}, {@code ?mode=memory} URL parameters) or to SQL ({@code '; DROP TABLE}) make a
 * store file of exactly that name beside the others, which keeps what was appended (no silent
 * in-memory store that loses acknowledged events).
 */
class StateLocationTest {
    private static final List<String[]> LOCATIONS = List.of(
            new String[] {"sqlite", ":memory:"},
            new String[] {"sqlite", "file:x.sqlite"},
            new String[] {"sqlite", "'; DROP TABLE runs;--.sqlite"},
            new String[] {"json", "'; DROP TABLE runs;-- ..json"});

    @Test
    void aHostileStoreLocationIsAPlainFileThatKeepsWhatWasAppended(@TempDir Path dir) throws IOException {
        int appended = 0;
        for (String[] location : LOCATIONS) {
            String event = "{\"event_id\":\"ev-loc-" + appended + "\",\"level\":\"info\",\"scope\":\"loc\",\"event\":\"e\","
                    + "\"message\":\"" + location[1].replace("\"", "\\\"") + "\"}\n";
            ChildRunledger.Result append = ChildRunledger.runWithInput(dir, Map.of(), event, "--backend", location[0],
                    "--state", location[1], "audit", "append");
            assertEquals(0, append.exitCode(), () -> location[1] + ": " + append.output());
            assertTrue(Files.isRegularFile(dir.resolve(location[1])), () -> location[1] + " is not a file in " + list(dir));

            Path out = dir.resolve("export-" + appended + ".jsonl");
            ChildRunledger.Result export = ChildRunledger.run(dir, Map.of(), "--backend", location[0], "--state", location[1],
                    "store", "export", "--out", out.toString());
            assertEquals(0, export.exitCode(), () -> location[1] + ": " + export.output());
            String exported = Files.readString(out);
            assertTrue(exported.contains("\"event_id\":\"ev-loc-" + appended + "\"") && exported.contains("\"audit\":1"),
                    () -> location[1] + " lost its event: " + exported);
            appended++;
        }
        Figures.record("hostile", "hostile --state locations", "4 store names (:memory:, file:…, '; DROP TABLE …, "
                + "on sqlite and json)", LOCATIONS.size(), appended + " events appended",
                "each store a plain file of exactly that name; every appended event exported again");
    }

    @Test
    void aSqliteLocationWithAQuestionMarkIsRefusedAndNothingIsCreated(@TempDir Path dir) {
        // sqlite-jdbc would read "?journal_mode=off" as connection options: a file other than the one
        // locked, or this one without its journal. Refusing is the only honest answer.
        ChildRunledger.Result append = ChildRunledger.runWithInput(dir, Map.of(),
                "{\"level\":\"info\",\"scope\":\"loc\",\"event\":\"e\",\"message\":\"m\"}\n",
                "--state", "x.sqlite?journal_mode=off", "audit", "append");

        assertEquals(2, append.exitCode(), append::output);
        assertTrue(append.stderr().contains("config_invalid"), append::output);
        assertEquals(List.of(), list(dir).stream().filter(name -> name.startsWith("x.sqlite")).toList());
    }

    private static List<String> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(file -> file.getFileName().toString()).toList();
        } catch (IOException e) {
            return List.of(e.toString());
        }
    }
}
