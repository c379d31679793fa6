package io.runledger.reliability.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.reliability.ChildRunledger;
import io.runledger.reliability.Figures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * {@code store import} of damaged export files (the packaged CLI in a child JVM, into a new SQLite
 * store): each is refused with the documented reason — 9 {@code import_format_invalid} naming the
 * line, 7 {@code state_migration_hash_mismatch}, 4 {@code schema_newer_than_binary} — or, when the
 * damage left the content intact (a header timestamp), imported whole; never exit 1, never a stack
 * trace, and a refused import leaves no record in the target.
 */
class ImportFuzzProperties {
    private static final Pattern LINE = Pattern.compile("line [0-9]+");
    private static final AtomicInteger TRIES = new AtomicInteger();
    /** A failed try: no figures are recorded from a run that found a problem. */
    private static volatile boolean failed;
    private static final Map<Integer, Integer> EXITS = new TreeMap<>();
    /** The label pairs of the sample export's runs. */
    private static final int LABELS = labels();
    private static final String[] TABLES = {"runs", "run_steps", "audit_log", "run_labels"};

    @Property(shrinking = ShrinkingMode.OFF)
    @ScaledTries(shortForm = 6, longForm = 150)
    void aDamagedExportIsRefusedWithItsReasonAndWritesNothing(@ForAll("damage") ExportMutation damage) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "hostile", "import-" + TRIES.incrementAndGet()).toAbsolutePath());
        byte[] content = damage.change().apply(sample());
        Path file = dir.resolve(damage.gzip() ? "export.jsonl.gz" : "export.jsonl");
        Files.write(file, damage.gzip() ? damage.corruptGzip().apply(gzip(content)) : content);
        Path target = dir.resolve("target.sqlite");

        ChildRunledger.Result result = ChildRunledger.run(dir, Map.of(), "--state", target.toString(), "store", "import",
                "--in", file.toString());
        try {
            check(damage, result, target);
        } catch (AssertionError e) {
            failed = true;
            throw e;
        }
        synchronized (EXITS) {
            EXITS.merge(result.exitCode(), 1, Integer::sum);
        }
    }

    private static void check(ExportMutation damage, ChildRunledger.Result result, Path target) {
        String output = result.output();
        String where = damage + " → exit " + result.exitCode() + ": " + output;
        assertFalse(output.contains("Exception") || output.contains("\tat "), () -> "a stack trace: " + where);
        switch (result.exitCode()) {
            case 0 -> assertEquals(Map.of("audit_log", 60, "run_labels", LABELS, "run_steps", 30, "runs", 12), rows(target), where);
            case 9 -> assertTrue(output.contains("import_format_invalid") && LINE.matcher(output).find(), where);
            case 7 -> assertTrue(output.contains("state_migration_hash_mismatch"), where);
            case 4 -> assertTrue(output.contains("schema_newer_than_binary"), where);
            default -> throw new AssertionError("an exit code a damaged export may not give: " + where);
        }
        if (result.exitCode() != 0) {
            assertTrue(rows(target).values().stream().allMatch(count -> count == 0), () -> "a refused import wrote: " + rows(target));
        }
    }

    @AfterContainer
    static void record() {
        if (!failed && !EXITS.isEmpty()) {
            int tries = EXITS.values().stream().mapToInt(Integer::intValue).sum();
            Figures.record("hostile", "store import fuzz, sqlite target", "damaged copies of a 104-line export (flipped/"
                    + "inserted bytes, lines dropped/duplicated/swapped, trailer counts and hash, header fields, truncation, "
                    + "CRLF, blank lines, corrupted gzip)", tries, EXITS.getOrDefault(0, 0) + " imported whole (content intact)",
                    "exits " + EXITS + "; 0 exit 1, 0 stack traces, 0 rows left by a refused import");
        }
    }

    @Provide
    net.jqwik.api.Arbitrary<ExportMutation> damage() {
        return ExportMutations.all();
    }

    /** Rows per data table; an absent store file counts as empty. */
    private static Map<String, Integer> rows(Path store) {
        Map<String, Integer> rows = new TreeMap<>();
        if (!Files.exists(store)) {
            for (String table : TABLES) {
                rows.put(table, 0);
            }
            return rows;
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + store)) {
            for (String table : TABLES) {
                try (ResultSet tables = connection.getMetaData().getTables(null, null, table, null)) {
                    if (!tables.next()) {
                        rows.put(table, 0);
                        continue;
                    }
                }
                try (ResultSet count = connection.createStatement().executeQuery("SELECT count(*) FROM " + table)) {
                    rows.put(table, count.getInt(1));
                }
            }
        } catch (SQLException e) {
            throw new AssertionError("the target store cannot be read: " + e.getMessage(), e);
        }
        return rows;
    }

    private static int labels() {
        int pairs = 0;
        for (String line : new String(sample(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
            java.util.regex.Matcher labels = Pattern.compile("\"labels\":\\{([^}]*)}").matcher(line);
            if (line.contains("\"type\":\"run\"") && labels.find() && !labels.group(1).isEmpty()) {
                pairs += labels.group(1).split("\",\"").length;
            }
        }
        return pairs;
    }

    private static byte[] sample() {
        try (InputStream in = ImportFuzzProperties.class.getResourceAsStream("sample-export.jsonl")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(content);
        }
        return out.toByteArray();
    }
}
