package io.runledger.format.record;

import io.runledger.storage.api.ChainLink;
import io.runledger.storage.api.ChainedEvent;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;

/**
 * Checks the audit chain of events that arrive in another order than their positions — an import's
 * audit lines are ordered by {@code event_id}, the chain by {@code seq} (FORMAT.md, version 2) — in
 * bounded memory. Every event that arrives as the next position is checked at once; any other is put
 * aside, and what was put aside is sorted in runs of at most {@link #RUN_BYTES} bytes spilled to
 * temporary files and merged in {@code seq} order by {@link #finish()}, which checks them on from the
 * position reached. The spilled runs ({@code runledger-chain-*.run} in the JDK's temporary directory,
 * {@code java.io.tmpdir}) belong to this check: {@link #finish()} and {@link #close()} delete them, so a
 * check that ended, however it ended, leaves none behind once closed. A break is {@link ReasonCode#AUDIT_CHAIN_BROKEN} naming the line (or, for records
 * that come from a store rather than a file, the event) where the chain stops: a changed event or a
 * wrong chain, a position missing, repeated, or before the start. Not thread-safe.
 */
public final class ImportedChain implements AutoCloseable {
    /** How many bytes of events put aside are held in memory before they are sorted and spilled. */
    static final int RUN_BYTES = 8 * 1024 * 1024;
    private static final HexFormat HEX = HexFormat.of();
    private static final Comparator<Pending> BY_SEQ = Comparator.comparingLong(Pending::seq);

    private final AuditChain chain = AuditChain.after(AuditChain.START);
    private final int runBytes;
    private final Path directory;
    private final List<Pending> aside = new ArrayList<>();
    private final List<Path> runs = new ArrayList<>();
    private ChainLink head;
    private long asideBytes;

    /** A check of a chain whose first event links from {@code start} (the file's anchor, or the genesis). */
    public ImportedChain(ChainLink start) {
        this(start, RUN_BYTES);
    }

    ImportedChain(ChainLink start, int runBytes) {
        this.head = Objects.requireNonNull(start, "start");
        this.runBytes = runBytes;
        // java.io.tmpdir as it is set now: Files.createTempFile without a directory keeps the value it first read.
        this.directory = Path.of(System.getProperty("java.io.tmpdir"));
    }

    /**
     * Takes the event read on {@code lineNumber} (0 when it comes from a store, not a file): checked now
     * when it holds the next position, put aside otherwise.
     */
    public void add(ChainedEvent event, long lineNumber) {
        String line = RecordLines.toLine(event.event());
        long seq = event.link().seq();
        if (seq <= head.seq()) {
            throw broken(lineNumber, event, "position " + seq + " is " + (seq <= 0 ? "before the chain's start"
                    : "repeated or before the chain's start (the chain has reached " + head.seq() + ")"));
        }
        Pending pending = new Pending(seq, lineNumber, event.link().chain(), line, event.event().eventId().value());
        if (seq == head.seq() + 1) {
            step(pending);
            return;
        }
        aside.add(pending);
        asideBytes += pending.bytes();
        if (asideBytes >= runBytes) {
            spill();
        }
    }

    /**
     * Checks every event put aside, in {@code seq} order from the position reached, and returns the
     * chain's last position (the start when there was no event).
     */
    public ChainLink finish() {
        aside.sort(BY_SEQ);
        PriorityQueue<RunReader> merge = new PriorityQueue<>(Comparator.comparingLong(r -> r.current.seq()));
        try {
            for (Path run : runs) {
                RunReader reader = new RunReader(run);
                if (reader.advance()) {
                    merge.add(reader);
                } else {
                    reader.close();
                }
            }
            int inMemory = 0;
            while (inMemory < aside.size() || !merge.isEmpty()) {
                Pending next;
                if (merge.isEmpty() || inMemory < aside.size() && aside.get(inMemory).seq() <= merge.peek().current.seq()) {
                    next = aside.get(inMemory++);
                } else {
                    RunReader reader = merge.poll();
                    next = reader.current;
                    if (reader.advance()) {
                        merge.add(reader);
                    } else {
                        reader.close();
                    }
                }
                if (next.seq() != head.seq() + 1) {
                    throw broken(next, next.seq() <= head.seq() ? "position " + next.seq() + " is repeated"
                            : "position " + (head.seq() + 1) + " is missing (the next event found holds " + next.seq() + ")");
                }
                step(next);
            }
            return head;
        } finally {
            merge.forEach(RunReader::close);
            close();
        }
    }

    /** Removes the spilled runs at once; a check that ended early leaves no file behind. */
    @Override
    public void close() {
        aside.clear();
        for (Path run : runs) {
            try {
                Files.deleteIfExists(run);
            } catch (IOException e) {
                run.toFile().deleteOnExit();
            }
        }
        runs.clear();
    }

    private void step(Pending event) {
        String expected = chain.link(head.chain(), event.line());
        if (!expected.equals(event.chain())) {
            throw broken(event, "position " + event.seq() + " does not link from position " + head.seq()
                    + " (its chain is not SHA-256 of the previous chain and this event's line: the event or a chain was changed)");
        }
        head = new ChainLink(event.seq(), event.chain());
    }

    private void spill() {
        aside.sort(BY_SEQ);
        try {
            Path run = Files.createTempFile(directory, "runledger-chain-", ".run");
            runs.add(run);
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(run), 64 * 1024))) {
                for (Pending pending : aside) {
                    pending.write(out);
                }
            }
        } catch (IOException e) {
            close();
            throw new StoreException(ReasonCode.STORE_UNAVAILABLE, "cannot write a temporary file to check the audit chain: "
                    + e.getMessage(), e);
        }
        aside.clear();
        asideBytes = 0;
    }

    private static StoreException broken(long lineNumber, ChainedEvent event, String problem) {
        return broken(new Pending(event.link().seq(), lineNumber, event.link().chain(), "", event.event().eventId().value()),
                problem);
    }

    private static StoreException broken(Pending at, String problem) {
        String where = at.lineNumber() > 0 ? "line " + at.lineNumber() + ": " : "";
        return new StoreException(ReasonCode.AUDIT_CHAIN_BROKEN, where + "the audit chain is broken at event "
                + at.eventId() + " (seq " + at.seq() + "): " + problem + "; nothing was written");
    }

    /** An event put aside: its position, where it was read, its chain and canonical line (version 1's). */
    private record Pending(long seq, long lineNumber, String chain, String line, String eventId) {
        long bytes() {
            return 2L * (line.length() + eventId.length()) + 128;
        }

        void write(DataOutputStream out) throws IOException {
            out.writeLong(seq);
            out.writeLong(lineNumber);
            out.write(HEX.parseHex(chain));
            writeText(out, line);
            writeText(out, eventId);
        }

        static Pending read(DataInputStream in) throws IOException {
            long seq;
            try {
                seq = in.readLong();
            } catch (EOFException end) {
                return null;
            }
            long lineNumber = in.readLong();
            byte[] chain = new byte[32];
            in.readFully(chain);
            return new Pending(seq, lineNumber, HEX.formatHex(chain), readText(in), readText(in));
        }

        private static void writeText(DataOutputStream out, String text) throws IOException {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
        }

        private static String readText(DataInputStream in) throws IOException {
            byte[] bytes = new byte[in.readInt()];
            in.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** One spilled run, read back in order. */
    private static final class RunReader {
        private final DataInputStream in;
        private Pending current;

        RunReader(Path run) {
            try {
                in = new DataInputStream(new BufferedInputStream(Files.newInputStream(run), 16 * 1024));
            } catch (IOException e) {
                throw new StoreException(ReasonCode.STORE_UNAVAILABLE, "cannot read a temporary file of the audit chain check: "
                        + e.getMessage(), e);
            }
        }

        boolean advance() {
            try {
                current = Pending.read(in);
            } catch (IOException e) {
                throw new StoreException(ReasonCode.STORE_UNAVAILABLE, "cannot read a temporary file of the audit chain check: "
                        + e.getMessage(), e);
            }
            return current != null;
        }

        void close() {
            try {
                in.close();
            } catch (IOException e) {
                // a temporary file read to its end; it is deleted next
            }
        }
    }
}
