package io.runledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.ReasonCode;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsageTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"--bogus doctor", "doctor --backend sqlite", "nonsense", "db", "db migrate extra", ""})
    void aUsageErrorIsOneLineWithAHintAndExitCode2(String commandLine) {
        Cli.Result result = new Cli(dir).run(commandLine.isEmpty() ? new String[0] : commandLine.split(" "));

        assertEquals(2, result.exitCode(), result.toString());
        assertEquals("", result.out());
        assertEquals(1, result.errLines().size(), result.toString());
        String line = result.errLines().get(0);
        assertTrue(line.startsWith("runledger: ") && line.endsWith("(reason: usage_error)"), line);
        assertTrue(line.contains("--help"), line);
    }

    @Test
    void anUnknownBackendIsConfigInvalidListingTheInstalledOnes() {
        Cli.Result result = new Cli(dir).run("--backend", "mongo", "doctor");

        assertEquals(2, result.exitCode(), result.toString());
        assertTrue(result.err().contains("available: json, postgres, sqlite") && result.err().contains("(reason: config_invalid)"),
                result.toString());
    }

    @Test
    void aMissingConfigFileIsConfigInvalid() {
        Cli.Result result = new Cli(dir).run("--config", "missing.properties", "db", "status");

        assertEquals(2, result.exitCode(), result.toString());
        assertTrue(result.err().contains("missing.properties"), result.toString());
    }

    @Test
    void theTopLevelHelpListsEveryExitCode() {
        Cli.Result result = new Cli(dir).run("--help");
        assertEquals(0, result.exitCode());

        Map<Integer, String> entries = exitCodeEntries(result.out());
        for (ReasonCode reason : ReasonCode.values()) {
            reason.exitCode().ifPresent(code -> assertTrue(entries.getOrDefault(code, "").contains(reason.code()),
                    reason.code() + " must be listed under exit code " + code + ": " + entries));
        }
    }

    /** The "Exit codes:" section of the help, entry by entry (wrapped lines joined). */
    private static Map<Integer, String> exitCodeEntries(String help) {
        Map<Integer, String> entries = new TreeMap<>();
        Pattern entry = Pattern.compile("^ {1,3}(\\d+) +(.*)$");
        int current = -1;
        boolean inSection = false;
        for (String line : help.lines().toList()) {
            if (line.equals("Exit codes:")) {
                inSection = true;
            } else if (inSection && line.isBlank()) {
                break;
            } else if (inSection) {
                Matcher matcher = entry.matcher(line);
                if (matcher.matches()) {
                    current = Integer.parseInt(matcher.group(1));
                    entries.put(current, matcher.group(2));
                } else {
                    entries.merge(current, " " + line.strip(), String::concat);
                }
            }
        }
        return entries;
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "db --help", "db migrate --help", "db status -h", "db vacuum --help",
        "doctor --help", "audit --help", "audit append --help"})
    void everyCommandHasHelp(String commandLine) {
        Cli.Result result = new Cli(dir).run(commandLine.split(" "));

        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(result.out().startsWith("Usage: runledger"), result.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--version", "doctor --version", "db migrate --version"})
    void everyCommandHasVersion(String commandLine) {
        Cli.Result result = new Cli(dir).run(commandLine.split(" "));

        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(result.out().startsWith("runledger "), result.toString());
    }
}
