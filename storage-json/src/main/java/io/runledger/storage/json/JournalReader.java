package io.runledger.storage.json;

import io.runledger.storage.api.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads {@code state.json.journal} against the snapshot it should continue and hands each entry to
 * {@code apply} in order. Only the very last line may be damaged (a torn, unacknowledged write);
 * damage anywhere else, or an entry that does not apply, is {@code store_corrupt} with the line.
 * Reads only; never repairs.
 */
final class JournalReader {
    private JournalReader() {
    }

    static JournalScan read(Path journal, SnapshotHeader snapshot, Consumer<JournalEntry> apply) {
        try (Lines lines = new Lines(Files.newInputStream(journal))) {
            return read(journal, snapshot, lines, Files.size(journal), apply);
        } catch (NoSuchFileException e) {
            return JournalScan.missing();
        } catch (IOException e) {
            throw IoFailures.translate("read " + journal, e);
        }
    }

    private static JournalScan read(Path journal, SnapshotHeader snapshot, Lines lines, long bytes,
                                    Consumer<JournalEntry> apply) throws IOException {
        Lines.Line first = lines.next().orElseThrow(() -> IoFailures.corrupt(journal, 1, "the journal has no header"));
        JournalHeader header;
        try {
            if (!first.terminated()) {
                throw new IllegalArgumentException("the header has no line feed");
            }
            header = JournalHeader.parse(first.text().orElseThrow(() -> new IllegalArgumentException("not valid UTF-8")));
        } catch (IllegalArgumentException e) {
            throw IoFailures.corrupt(journal, 1, "bad journal header: " + e.getMessage());
        }
        Instant continues = header.continues();
        if (!continues.equals(snapshot.exportedAt())) {
            JournalScan.State state = continues.isBefore(snapshot.exportedAt()) ? JournalScan.State.STALE : JournalScan.State.AHEAD;
            return new JournalScan(state, Optional.of(continues), 0, bytes, Optional.empty());
        }
        long entries = 0;
        Optional<Lines.Line> next = lines.next();
        while (next.isPresent()) {
            Lines.Line line = next.get();
            next = lines.next();
            JournalEntry entry;
            try {
                entry = entry(line, snapshot.schemaVersion());
            } catch (IllegalArgumentException | StoreException e) {
                if (next.isEmpty()) {
                    JournalScan.TornTail torn = new JournalScan.TornTail(line.number(),
                            line.bytes() + (line.terminated() ? 1L : 0L), e.getMessage());
                    return new JournalScan(JournalScan.State.CURRENT, Optional.of(continues), entries, bytes, Optional.of(torn));
                }
                throw IoFailures.corrupt(journal, line.number(), e.getMessage());
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

    private static JournalEntry entry(Lines.Line line, int schemaVersion) {
        if (!line.terminated()) {
            throw new IllegalArgumentException("the line has no line feed (a write cut short)");
        }
        String text = line.text().orElseThrow(() -> new IllegalArgumentException("not valid UTF-8"));
        return JournalEntry.read(JsonReader.parseObject(JournalLine.unframe(text)), schemaVersion);
    }
}
