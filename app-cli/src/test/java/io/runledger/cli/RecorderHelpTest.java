package io.runledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The recorder commands have help (saying what --json prints) and a version, like every command. */
class RecorderHelpTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"run", "run start", "run finish", "run show", "run list", "step", "step start",
        "step finish", "step list", "audit query"})
    void everyRecorderCommandHasHelpAndVersion(String command) {
        Cli.Result help = new Cli(dir).run((command + " --help").split(" "));
        assertEquals(0, help.exitCode(), help.toString());
        assertTrue(help.out().startsWith("Usage: runledger " + command), help.toString());
        assertTrue(help.out().contains("--json"), "says what --json prints: " + help);

        Cli.Result version = new Cli(dir).run((command + " --version").split(" "));
        assertEquals(0, version.exitCode(), version.toString());
        assertTrue(version.out().startsWith("runledger "), version.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"run list", "step list", "audit query"})
    void listsSayTheyPrintOneJsonObjectPerLine(String command) {
        String help = new Cli(dir).run((command + " --help").split(" ")).out();
        assertTrue(help.replaceAll("\\s+", " ").contains("one JSON object per line"), help);
    }

    @Test
    void theTopLevelHelpListsTheRecorderCommands() {
        String help = new Cli(dir).run("--help").out();
        assertTrue(help.contains("  run ") && help.contains("  step "), help);
        assertTrue(new Cli(dir).run("audit", "--help").out().contains("  query "));
    }
}
