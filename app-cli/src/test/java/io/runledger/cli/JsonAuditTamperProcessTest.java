package io.runledger.cli;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;

/**
 * Tampering with a JSON store's journal (runs after {@code package}: it launches the packaged CLI). The
 * events are appended one batch at a time by a child {@code audit append} that is then killed with
 * SIGKILL, so they stay in the journal (a closed store would have compacted them into the snapshot).
 * Each edit keeps the journal's own framing valid: the line's CRC-32C ({@code {"crc32c":"<8 hex>",
 * "entry":…}}, storage-json {@code JournalLine}) is recomputed over the edited entry, so only the chain
 * can tell.
 */
@LaunchesPackagedCli
class JsonAuditTamperProcessTest extends AuditTamperContract {
    private static final String PREFIX = "{\"crc32c\":\"";
    private static final String MIDDLE = "\",\"entry\":";
    private static final Pattern CHAIN = Pattern.compile("\"chain\":\"[0-9a-f]{64}\"");
    private static final Pattern SEQ = Pattern.compile("\"seq\":(\\d+),");

    @Override
    CliBackendFixture fixture(Path dir) {
        return new JsonCliFixture(dir);
    }

    @Override
    String storeWithFiveEvents() {
        String location = migratedStore();
        Path log = dir.resolve("append.log");
        Process child = ChildCli.startReadingInput(dir, log, List.of(), args(location, "audit", "append", "--batch", "1", "--print-ids"));
        try (OutputStream input = child.getOutputStream()) {
            for (int i = 1; i <= 5; i++) {
                input.write(event(i).getBytes(StandardCharsets.UTF_8));
                input.flush();
            }
            await("the child reports all five events durable").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(20))
                    .failFast("the child ended", () -> assertTrue(child.isAlive(), ChildCli.output(log)))
                    .until(() -> ChildCli.output(log).lines().anyMatch("e5"::equals));
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        assertEquals(137, child.exitValue(), "killed by SIGKILL before it could compact: " + ChildCli.output(log));
        assertEquals(6, journal(location).size(), "the journal's header and one line per batch");
        return location;
    }

    @Override
    void editMessage(String location, long seq, String message) {
        editEntry(location, seq, entry -> entry.replaceFirst("\"message\":\"[^\"]*\"", "\"message\":\"" + message + "\""));
    }

    @Override
    void deleteEvent(String location, long seq) {
        List<String> lines = journal(location);
        lines.remove(lineOf(lines, seq));
        writeJournal(location, lines);
    }

    /** Each line takes the other's event with its own position's {@code seq} and chain value, and a fresh CRC. */
    @Override
    void swapEvents(String location, long a, long b) {
        List<String> lines = journal(location);
        int lineA = lineOf(lines, a);
        int lineB = lineOf(lines, b);
        String entryA = entry(lines.get(lineA));
        String entryB = entry(lines.get(lineB));
        lines.set(lineA, frame(withLinkOf(entryB, entryA)));
        lines.set(lineB, frame(withLinkOf(entryA, entryB)));
        writeJournal(location, lines);
    }

    /** Removes the journal's last lines and touches nothing else: each line has its own CRC, none covers the file. */
    @Override
    void cutTail(String location, long keep) {
        List<String> lines = journal(location);
        lines.removeIf(line -> seqOf(line) > keep);
        writeJournal(location, lines);
    }

    /** The JSON store's head is its last event: cutting the tail rewound it already. */
    @Override
    void rewindHead(String location, long keep) {
    }

    @Override
    boolean recordsHeadApart() {
        return false;
    }

    private void editEntry(String location, long seq, UnaryOperator<String> edit) {
        List<String> lines = journal(location);
        int at = lineOf(lines, seq);
        String edited = edit.apply(entry(lines.get(at)));
        assertNotEquals(entry(lines.get(at)), edited, "the edit changed the entry");
        lines.set(at, frame(edited));
        writeJournal(location, lines);
    }

    private static String withLinkOf(String event, String position) {
        Matcher chain = CHAIN.matcher(position);
        Matcher seq = SEQ.matcher(position);
        assertTrue(chain.find() && seq.find(), position);
        return SEQ.matcher(CHAIN.matcher(event).replaceFirst(Matcher.quoteReplacement(chain.group())))
                .replaceFirst(Matcher.quoteReplacement(seq.group()));
    }

    private static int lineOf(List<String> lines, long seq) {
        for (int i = 1; i < lines.size(); i++) {
            if (seqOf(lines.get(i)) == seq) {
                return i;
            }
        }
        throw new AssertionError("no journal line holds seq " + seq + ": " + lines);
    }

    private static long seqOf(String line) {
        Matcher seq = SEQ.matcher(line);
        return seq.find() ? Long.parseLong(seq.group(1)) : -1;
    }

    private static String entry(String line) {
        assertTrue(line.startsWith(PREFIX) && line.startsWith(MIDDLE, PREFIX.length() + 8), line);
        return line.substring(PREFIX.length() + 8 + MIDDLE.length(), line.length() - 1);
    }

    /** A journal line as storage-json frames it: the CRC-32C of the entry's UTF-8 bytes, 8 lowercase hex digits. */
    private static String frame(String entry) {
        CRC32C crc = new CRC32C();
        crc.update(entry.getBytes(StandardCharsets.UTF_8));
        return PREFIX + String.format("%08x", crc.getValue()) + MIDDLE + entry + "}";
    }

    private Path journalFile(String location) {
        return Path.of(dir.resolve(location) + ".journal");
    }

    private List<String> journal(String location) {
        try {
            return new ArrayList<>(Files.readAllLines(journalFile(location), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeJournal(String location, List<String> lines) {
        try {
            Files.write(journalFile(location), lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
