package io.runledger.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * The rows of docs/RELIABILITY.md's table, written by the tests that measured them into
 * target/reliability-figures/&lt;suite&gt;.md, so the doc quotes a run rather than a recollection.
 */
public final class Figures {
    private static final String HEADER = "| test | injected | times | acknowledged | found afterwards | scale | date |\n"
            + "|---|---|---|---|---|---|---|\n";

    private Figures() {
    }

    /** Appends one row to the table of {@code suite}. */
    public static void record(String suite, String test, String injected, long times, String acknowledged,
            String foundAfterwards) {
        Path dir = Path.of(System.getProperty("runledger.reliability.figures", "target/reliability-figures"));
        Path file = dir.resolve(suite + ".md");
        String row = "| " + String.join(" | ", test, injected, Long.toString(times), acknowledged, foundAfterwards,
                Scale.current().name().toLowerCase(java.util.Locale.ROOT), Instant.now().toString().substring(0, 10))
                + " |\n";
        try {
            Files.createDirectories(dir);
            if (!Files.exists(file)) {
                Files.writeString(file, HEADER);
            }
            Files.writeString(file, row, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
