package io.runledger.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Rule 10 of ARCHITECTURE.md, the part only the source shows (a string constant leaves no trace
 * ArchUnit can check): the apps' code names no backend id, no store file name or suffix and no id
 * alphabet as a string of its own. Such a fact belongs to the adapter (its provider and admin say it)
 * or to storage-api ({@code Ids}). Prose that mentions them (help texts) is not a constant of its own
 * and is allowed.
 */
final class AppSourceScan {
    /** Strings that are backend facts when they stand alone. */
    static final Set<String> BACKEND_FACTS = Set.of("sqlite", "json", "postgres", "state.json", "state.sqlite",
            ".sqlite", "-wal", "-shm", "-journal", ".journal", ".lock", "wal", "journal+snapshot", "server");
    /** The id alphabet written as a character class, as a copy of storage-api's rule would be. */
    private static final String ID_ALPHABET = "A-Za-z0-9._:-";
    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

    private AppSourceScan() {
    }

    /** Every forbidden string constant in the Java sources under {@code roots}, as {@code file:line: "text"}. */
    static List<String> findings(List<Path> roots) {
        List<String> found = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                throw new IllegalStateException("no sources to scan at " + root.toAbsolutePath());
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    List<String> lines = Files.readAllLines(file);
                    for (int i = 0; i < lines.size(); i++) {
                        for (String literal : forbiddenLiterals(lines.get(i))) {
                            found.add(root.relativize(file) + ":" + (i + 1) + ": \"" + literal + "\"");
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return found;
    }

    /** The string literals on one line of Java that state a backend fact or the id alphabet. */
    static List<String> forbiddenLiterals(String line) {
        List<String> found = new ArrayList<>();
        Matcher literal = STRING_LITERAL.matcher(line);
        while (literal.find()) {
            String text = literal.group(1);
            if (BACKEND_FACTS.contains(text) || text.contains(ID_ALPHABET)) {
                found.add(text);
            }
        }
        return found;
    }
}
