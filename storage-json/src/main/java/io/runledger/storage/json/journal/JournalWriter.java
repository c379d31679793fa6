package io.runledger.storage.json.journal;

import io.runledger.storage.json.files.StoreFiles;
import io.runledger.storage.support.DurableFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * Appends entries to the journal: one line per write unit, written whole and fsync'd
 * ({@code FileChannel.force}) before the write is acknowledged. The cost of an append does not depend
 * on the size of the store. Not thread-safe; the store serialises writers.
 */
public final class JournalWriter implements AutoCloseable {
    private final FileChannel channel;
    private long bytes;
    private long entries;
    private boolean intact = true;

    private JournalWriter(FileChannel channel, long bytes, long entries) {
        this.channel = channel;
        this.bytes = bytes;
        this.entries = entries;
    }

    /** Replaces the journal durably with an empty one continuing the snapshot of {@code continues}. */
    public static JournalWriter start(StoreFiles files, Instant continues) throws IOException {
        byte[] line = (new JournalHeader(continues).line() + "\n").getBytes(StandardCharsets.UTF_8);
        DurableFiles.replace(files.journal(), files.journalTemp(), out -> out.write(line));
        return resume(files.journal(), line.length, 0);
    }

    /** Continues an intact journal of {@code bytes} bytes holding {@code entries} entries. */
    public static JournalWriter resume(Path journal, long bytes, long entries) throws IOException {
        return new JournalWriter(FileChannel.open(journal, StandardOpenOption.WRITE, StandardOpenOption.APPEND), bytes, entries);
    }

    /**
     * Appends one entry and returns once it is on disk. When the write fails (a full disk), the part
     * of the line already written is cut off again, so the journal ends with its last acknowledged
     * entry and stays appendable; {@link #intact()} says whether that worked.
     */
    public void append(JournalEntry entry) throws IOException {
        ByteBuffer line = ByteBuffer.wrap((JournalLine.frame(entry.json()) + "\n").getBytes(StandardCharsets.UTF_8));
        int length = line.remaining();
        try {
            while (line.hasRemaining()) {
                channel.write(line);
            }
            channel.force(false);
        } catch (IOException e) {
            cutBackTo(bytes, e);
            throw e;
        }
        bytes += length;
        entries++;
    }

    /**
     * Truncating needs no free space, and frees what the torn line took. If it fails too, the torn
     * tail stays for the next open to find and this journal is no longer appended to.
     */
    private void cutBackTo(long acknowledged, IOException failure) {
        try {
            channel.truncate(acknowledged);
            channel.force(false);
        } catch (IOException e) {
            failure.addSuppressed(e);
            intact = false;
        }
    }

    /** Whether the journal on disk still ends exactly after the last acknowledged entry. */
    public boolean intact() {
        return intact;
    }

    public long bytes() {
        return bytes;
    }

    public long entries() {
        return entries;
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // every acknowledged line was forced already; nothing is lost by a failing close
        }
    }
}
