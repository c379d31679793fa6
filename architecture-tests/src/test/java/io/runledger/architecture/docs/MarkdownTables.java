package io.runledger.architecture.docs;

import java.util.Arrays;
import java.util.List;

/**
 * The rows of the pipe tables in a markdown text, as trimmed cells, header and separator rows included.
 * An escaped pipe ({@code \|}) stays inside its cell.
 */
final class MarkdownTables {
    private MarkdownTables() {
    }

    static List<List<String>> rows(String markdown) {
        return markdown.lines()
                .map(String::strip)
                .filter(line -> line.startsWith("|") && line.endsWith("|") && line.length() > 1)
                .map(line -> Arrays.stream(line.substring(1, line.length() - 1).split("(?<!\\\\)\\|", -1))
                        .map(String::strip)
                        .toList())
                .toList();
    }
}
