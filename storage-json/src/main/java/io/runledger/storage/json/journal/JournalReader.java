package io.runledger.storage.json.journal;

import io.runledger.format.record.ExportHeader;
import io.runledger.format.record.ExportLines;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.json.files.IoFailures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads {@code state.json.journal} against the snapshot it should continue and hands each entry to
 * {@code apply} in order. Only the very last line may be damaged (a torn, unacknowledged write);
 * damage anywhere else, or an entry that does not apply, is {@code store_corrupt} with the line; a
 * header of another format or version is {@code schema_drift}.
 * Reads only; never repairs.
 */
public final class JournalReader {
    /** A journal line has no length limit but the platform's: a batch is one line, whatever its size. */
    private static final int NO_LIMIT = Integer.MAX_VALUE - 16;

    /** One line of the journal: its text, or why it cannot be read (no line feed, not UTF-8). */
    private record Line(long number, long bytes, Optional<String> text, String problem) {
        String requireText() {
            return text.orElseThrow(() -> new IllegalArgumentException(problem));
        }
    }

    private JournalReader() {
    }

    /** Replays the journal beside the snapshot of {@code snapshot} into {@code apply}; a missing journal is {@link JournalScan.State#MISSING}. */
    public static JournalScan read(Path journal, ExportHeader snapshot, Consumer<JournalEntry> apply) {
        try (InputStream in = Files.newInputStream(journal)) {
            return read(journal, snapshot, new ExportLines(in, NO_LIMIT), Files.size(journal), apply);
        } catch (NoSuchFileException e) {
            return JournalScan.missing();
        } catch (IOException e) {
            throw IoFailures.translate("read " + journal, e);
        }
    }

    private static JournalScan read(Path journal, ExportHeader snapshot, ExportLines lines, long bytes,
                                    Consumer<JournalEntry> apply) {
        Line first = next(journal, lines, bytes).orElseThrow(() -> IoFailures.corrupt(journal, 1, "the journal has no header"));
        JournalHeader header;
        try {
            header = JournalHeader.parse(first.requireText());
        } catch (StoreException e) {
            throw e.reason() == ReasonCode.SCHEMA_DRIFT ? IoFailures.drift(journal, 1, e.getMessage())
                    : IoFailures.corrupt(journal, 1, "bad journal header: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw IoFailures.corrupt(journal, 1, "bad journal header: " + e.getMessage());
        }
        Instant continues = header.continues();
        if (!continues.equals(snapshot.exportedAt())) {
            JournalScan.State state = continues.isBefore(snapshot.exportedAt()) ? JournalScan.State.STALE : JournalScan.State.AHEAD;
            return new JournalScan(state, Optional.of(continues), 0, bytes, Optional.empty());
        }
        long entries = 0;
        Optional<Line> next = next(journal, lines, bytes);
        while (next.isPresent()) {
            Line line = next.get();
            next = next(journal, lines, bytes);
            JournalEntry entry;
            try {
                entry = JournalEntry.read(JournalLine.unframe(line.requireText()), snapshot.schemaVersion(), line.number());
            } catch (IllegalArgumentException | StoreException e) {
                String why = e instanceof StoreException refusal ? IoFailures.problem(refusal) : e.getMessage();
                if (next.isEmpty()) {
                    JournalScan.TornTail torn = new JournalScan.TornTail(line.number(), line.bytes(), why);
                    return new JournalScan(JournalScan.State.CURRENT, Optional.of(continues), entries, bytes, Optional.of(torn));
                }
                throw IoFailures.corrupt(journal, line.number(), why);
            }
            try {
                apply.accept(entry);
            } catch (IllegalArgumentException | StoreException e) {
                throw IoFailures.corrupt(journal, line.number(), "the entry does not apply: " + e.getMessage());
            }
            entries++;
        }
        return new JournalScan(JournalScan.State.CURRENT, Optional.of(continues), entries, bytes, Optional.empty());
    }

    /** The next line, or one that cannot be read (an unterminated last line, bytes that are not UTF-8); empty at the end. */
    private static Optional<Line> next(Path journal, ExportLines lines, long size) {
        long start = lines.offset();
        long number = lines.lineNumber() + 1;
        try {
            return lines.next().map(text -> new Line(number, lines.offset() - start, Optional.of(text), ""));
        } catch (StoreException e) {
            if (e.getCause() instanceof IOException io) {
                throw IoFailures.translate("read " + journal, io);
            }
            // a line that is not UTF-8 was consumed whole; an unterminated one runs to the end of the file
            long end = lines.lineNumber() == number ? lines.offset() : size;
            return Optional.of(new Line(number, end - start, Optional.empty(), IoFailures.problem(e)));
        }
    }
}
