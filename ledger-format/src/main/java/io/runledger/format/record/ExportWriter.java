package io.runledger.format.record;

import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.ChainLink;
import io.runledger.storage.api.ChainedEvent;
import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreContents;
import io.runledger.storage.api.StoreException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;

/**
 * Writes a store's content as an export file (FORMAT.md): the header, every record as its canonical
 * line in the order the store streams them (canonical order), and the trailer with the counts and
 * content hash. Streams: memory holds at most four chunks of records ({@link RecordPipe}) whatever the
 * size of the store.
 */
public final class ExportWriter {
    /** How often progress is reported, in records: often enough to show, rarely enough to cost nothing. */
    public static final int PROGRESS_EVERY = 1_000;
    /** Records handed at a time from the thread that reads a store to the one that renders and hashes them. */
    private static final int PIPE_CHUNK = 500;

    private final OutputStream out;
    private final LongConsumer progress;

    /**
     * A writer onto {@code out} (not closed by this class); {@code progress} is told the number of
     * records written so far, every {@link #PROGRESS_EVERY} records and at the end.
     */
    public ExportWriter(OutputStream out, LongConsumer progress) {
        this.out = new BufferedOutputStream(Objects.requireNonNull(out, "out"), 64 * 1024);
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /**
     * Writes the whole export of {@code source} in the header's format version and flushes it: in
     * version 2 every audit line carries the position the store streams it with, in version 1 none.
     * The store is read on a thread of its own, {@link #PIPE_CHUNK} records at a time, while this one
     * renders, hashes and writes them. Raises {@link ReasonCode#STORAGE_FULL} or
     * {@link ReasonCode#STORE_UNAVAILABLE} when the output cannot be written (the reading stops and its
     * transaction ends); the store's own failures pass through.
     */
    public ExportSummary write(ExportHeader header, StoreContents source) {
        try (RecordPipe pipe = new RecordPipe(source::exportTo, PIPE_CHUNK)) {
            return write(header, pipe::forEachRemaining);
        }
    }

    /**
     * As {@link #write(ExportHeader, StoreContents)} for records that {@code records} hands to the
     * consumer it is given, in canonical order (e.g. the content a store holds in memory). In version
     * 2 an audit event without its position ({@link AuditEvent} alone) cannot be written: it raises
     * {@link IllegalArgumentException}.
     */
    public ExportSummary write(ExportHeader header, Consumer<Consumer<LedgerRecord>> records) {
        ContentTally tally = new ContentTally(header.formatVersion());
        line(header.toLine().getBytes(StandardCharsets.UTF_8));
        records.accept(record -> {
            if (header.chained() && record instanceof AuditEvent event) {
                throw new IllegalArgumentException("audit event " + event.eventId()
                        + " has no chain position; format version 2 writes every event with its own");
            }
            line(tally.addLine(record));
            report(progress, tally.counts().total());
        });
        return finish(tally);
    }

    /**
     * As {@link #write(ExportHeader, Consumer)}, each audit event's line carrying its chain position,
     * which {@code links} gives for an event streamed without one (format version 2's audit line,
     * under whatever header): the JSON store's snapshot.
     */
    public ExportSummary writeChained(ExportHeader header, Consumer<Consumer<LedgerRecord>> records,
                                      Function<AuditEvent, ChainLink> links) {
        ContentTally tally = new ContentTally();
        line(header.toLine().getBytes(StandardCharsets.UTF_8));
        records.accept(record -> {
            LedgerRecord chained = record instanceof AuditEvent event ? new ChainedEvent(links.apply(event), event) : record;
            line(tally.addLine(chained));
            report(progress, tally.counts().total());
        });
        return finish(tally);
    }

    private ExportSummary finish(ContentTally tally) {
        ExportSummary summary = tally.summary();
        line(ExportTrailer.toLine(summary).getBytes(StandardCharsets.UTF_8));
        try {
            out.flush();
        } catch (IOException e) {
            throw failed(e);
        }
        progress.accept(summary.counts().total());
        return summary;
    }

    /**
     * The summary of a store's content without writing anything, as an export in format version 2
     * would state it: what {@code store hash} prints.
     */
    public static ExportSummary summarize(StoreContents contents) {
        return summarize(contents, PIPE_CHUNK);
    }

    /**
     * As {@link #summarize(StoreContents)}: the store is read on a thread of its own, {@code chunkSize}
     * records at a time, while this one renders and hashes the records.
     */
    public static ExportSummary summarize(StoreContents contents, int chunkSize) {
        return summarize(contents, chunkSize, ExportHeader.CHAINED_VERSION);
    }

    /**
     * As {@link #summarize(StoreContents, int)}, as an export in {@code formatVersion} would state it:
     * version 1 hashes the audit lines without their positions (to compare with a version 1 file).
     */
    public static ExportSummary summarize(StoreContents contents, int chunkSize, int formatVersion) {
        ContentTally tally = new ContentTally(formatVersion);
        try (RecordPipe pipe = new RecordPipe(contents::exportTo, chunkSize)) {
            pipe.forEachRemaining((LedgerRecord record) -> tally.add(record));
        }
        return tally.summary();
    }

    /** Tells {@code progress} of {@code done} records when it is a multiple of {@link #PROGRESS_EVERY}. */
    public static void report(LongConsumer progress, long done) {
        if (done % PROGRESS_EVERY == 0) {
            progress.accept(done);
        }
    }

    private void line(byte[] bytes) {
        try {
            out.write(bytes);
            out.write('\n');
        } catch (IOException e) {
            throw failed(e);
        }
    }

    private static StoreException failed(IOException e) {
        String message = String.valueOf(e.getMessage());
        boolean full = message.contains("No space left") || message.contains("Disk quota");
        return new StoreException(full ? ReasonCode.STORAGE_FULL : ReasonCode.STORE_UNAVAILABLE,
                "cannot write the export: " + message, e);
    }
}
