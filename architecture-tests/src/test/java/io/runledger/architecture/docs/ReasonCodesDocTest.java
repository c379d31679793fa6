package io.runledger.architecture.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.runledger.storage.api.ReasonCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/REASON_CODES.md cannot drift from {@link ReasonCode}: every code is listed once with its exact
 * CLI exit code and HTTP status, and the exit-code summary names exactly the codes of each exit code.
 */
class ReasonCodesDocTest {
    private static final Pattern CODE = Pattern.compile("`([a-z_]+)`");
    private static final String NONE = "—";

    private final String doc = read(docs().resolve("REASON_CODES.md"));

    @Test
    void everyReasonCodeIsDocumentedOnceWithItsExitCodeAndHttpStatus() {
        assertEquals(expectedCodes(), documentedCodes(doc));
    }

    @Test
    void exitCodeSummaryNamesExactlyTheCodesOfEachExitCode() {
        assertEquals(expectedExits(), documentedExits(doc));
    }

    @Test
    void aWrongExitCodeAMissingRowOrADuplicateIsNoticed() {
        String row = "| `store_locked` |";
        String wrongExit = doc.replaceFirst("(\\| `store_locked` \\|[^|]*\\|) 5 \\|", "$1 6 |");
        String missingRow = doc.lines().filter(line -> !line.startsWith(row)).reduce("", (a, b) -> a + b + "\n");
        String duplicated = doc + "\n" + doc.lines().filter(line -> line.startsWith(row)).findFirst().orElseThrow();
        assertNotEquals(expectedCodes(), documentedCodes(wrongExit));
        assertNotEquals(expectedCodes(), documentedCodes(missingRow));
        assertNotEquals(expectedCodes(), documentedCodes(duplicated));
        assertNotEquals(expectedExits(), documentedExits(doc.replace("`store_locked`", "`store_lockd`")));
    }

    /** Code → "exit N http M" from the table rows whose first cell is one backticked code. */
    private static Map<String, String> documentedCodes(String markdown) {
        Map<String, String> documented = new TreeMap<>();
        for (List<String> row : MarkdownTables.rows(markdown)) {
            Matcher code = CODE.matcher(row.get(0));
            if (row.size() >= 4 && code.matches()) {
                String entry = "exit " + row.get(2) + " http " + row.get(3);
                documented.merge(code.group(1), entry, (first, second) -> "listed twice");
            }
        }
        return documented;
    }

    private static Map<String, String> expectedCodes() {
        Map<String, String> expected = new TreeMap<>();
        for (ReasonCode reason : ReasonCode.values()) {
            expected.put(reason.code(), "exit " + cell(reason.exitCode()) + " http " + cell(reason.httpStatus()));
        }
        return expected;
    }

    /** Exit code → the codes in the last cell of its summary row (the rows whose first cell is a number). */
    private static Map<Integer, Set<String>> documentedExits(String markdown) {
        Map<Integer, Set<String>> documented = new TreeMap<>();
        for (List<String> row : MarkdownTables.rows(markdown)) {
            if (row.get(0).matches("\\d+")) {
                Set<String> codes = new TreeSet<>();
                Matcher code = CODE.matcher(row.get(row.size() - 1));
                while (code.find()) {
                    codes.add(code.group(1));
                }
                documented.put(Integer.parseInt(row.get(0)), codes);
            }
        }
        return documented;
    }

    private static Map<Integer, Set<String>> expectedExits() {
        Map<Integer, Set<String>> expected = new TreeMap<>(Map.of(0, Set.of()));
        Arrays.stream(ReasonCode.values()).forEach(reason -> reason.exitCode().ifPresent(exit ->
                expected.computeIfAbsent(exit, e -> new TreeSet<>()).add(reason.code())));
        return expected;
    }

    private static String cell(OptionalInt value) {
        return value.isPresent() ? Integer.toString(value.getAsInt()) : NONE;
    }

    /** The project's docs folder: set by the build, or found beside this module when run from an IDE. */
    private static Path docs() {
        String configured = System.getProperty("runledger.docs");
        return configured != null ? Path.of(configured) : Path.of("..", "docs");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }
}
