package io.runledger.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.bootstrap.ConfigKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * README.md's table of config file keys, parsed: the rows after the header
 * {@code | Key | Flag | Environment | Allowed values | Default | What it sets |}, each cell without its
 * backticks, {@code —} for none.
 */
record ReadmeKeyTable(Map<String, Row> rows) {
    static final Path README = Path.of("..", "README.md");
    static final String HEADER = "| Key | Flag | Environment | Allowed values | Default | What it sets |";

    /** One documented key. */
    record Row(String key, String environment, String allowed, String fallback) {
    }

    static ReadmeKeyTable read() throws IOException {
        assertTrue(Files.isRegularFile(README), "README.md is beside app-cli: " + README.toAbsolutePath());
        List<String> lines = Files.readAllLines(README);
        int header = lines.indexOf(HEADER);
        assertTrue(header >= 0, "README.md has the table of config keys, with the header " + HEADER);
        Map<String, Row> rows = new LinkedHashMap<>();
        for (String line : lines.subList(header + 2, lines.size())) {
            if (!line.startsWith("|")) {
                break;
            }
            String[] cells = Arrays.stream(line.substring(1, line.lastIndexOf('|')).split("\\|", -1))
                    .map(cell -> cell.replace("`", "").strip()).toArray(String[]::new);
            assertTrue(cells.length == 6, "six cells in README.md's key table row: " + line);
            rows.put(cells[0], new Row(cells[0], cells[2], cells[3], cells[4]));
        }
        return new ReadmeKeyTable(rows);
    }

    /** How the code's key is documented: the row to paste into README.md (its last cell written by hand). */
    static String rowFor(ConfigKey key) {
        return "| `" + key.name() + "` | — | " + key.environment().map(name -> "`" + name + "`").orElse("—") + " | "
                + key.allowed() + " | " + code(key.fallback()) + " | " + (key.meaning().isEmpty() ? "…" : key.meaning()) + " |";
    }

    /** The documented environment variable: the first word of the cell, if any. */
    static Optional<String> environment(Row row) {
        return row.environment().equals("—") ? Optional.empty() : Optional.of(row.environment().split("[ ,;(]", 2)[0]);
    }

    private static String code(String fallback) {
        return fallback.matches("[A-Za-z0-9_.-]+") && !fallback.equals("none") ? "`" + fallback + "`" : fallback;
    }
}
