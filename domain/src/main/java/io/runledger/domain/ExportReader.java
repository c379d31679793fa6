package io.runledger.domain;

import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Reads an export file (FORMAT.md) strictly, as a stream: the header when opened, then one record
 * per {@link #next()}, and the trailer when the records end — at which point {@link #hasNext()}
 * checks the trailer's counts and content hash against the records read. Memory stays bounded by one
 * line (plus one entry per run id, for the run references). Every refusal names its line:
 * {@link ReasonCode#IMPORT_FORMAT_INVALID} for a bad header, record, order, reference, a missing
 * trailer or text after it; {@link ReasonCode#SCHEMA_NEWER_THAN_BINARY} for a header whose schema
 * is newer than this binary; {@link ReasonCode#STATE_MIGRATION_HASH_MISMATCH} for a trailer that
 * does not match the records. Not thread-safe; the caller closes the stream.
 */
public final class ExportReader implements Iterator<LedgerRecord> {
    private final ExportLines lines;
    private final ExportHeader header;
    private final RecordOrder order = new RecordOrder();
    private final ContentTally tally;
    private RecordCounts counts = RecordCounts.NONE;
    private LedgerRecord pending;
    private ExportSummary trailer;
    private long trailerLine;

    private ExportReader(ExportLines lines, ExportHeader header, boolean hashing) {
        this.lines = lines;
        this.header = header;
        this.tally = hashing ? new ContentTally() : null;
    }

    /** Opens {@code in} (already decompressed) and reads its header, refusing what {@link ExportHeader#parse} refuses. */
    public static ExportReader open(InputStream in, int schemaHead) {
        return open(in, schemaHead, true);
    }

    /**
     * As {@link #open(InputStream, int)}; without {@code hashing} the trailer's counts are checked
     * but not its content hash, which the caller checks against its own hash of the records
     * ({@link Transfer#load} does) — so that a transfer can hash on another thread than the one parsing.
     */
    public static ExportReader open(InputStream in, int schemaHead, boolean hashing) {
        ExportLines lines = new ExportLines(in);
        return new ExportReader(lines, ExportHeader.parse(lines.next(), schemaHead), hashing);
    }

    public ExportHeader header() {
        return header;
    }

    /** The trailer's counts and hash, once every record was read and verified against it. */
    public Optional<ExportSummary> trailer() {
        return Optional.ofNullable(trailer);
    }

    @Override
    public boolean hasNext() {
        if (pending == null && trailer == null) {
            pending = readRecordOrTrailer();
        }
        return pending != null;
    }

    @Override
    public LedgerRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException("the export has no more records");
        }
        LedgerRecord record = pending;
        pending = null;
        return record;
    }

    private LedgerRecord readRecordOrTrailer() {
        String line = lines.next().orElseThrow(() -> new StoreException(ReasonCode.IMPORT_FORMAT_INVALID,
                "line " + (lines.lineNumber() + 1) + ": the file ends without a trailer (is it truncated?)"));
        long number = lines.lineNumber();
        LedgerRecord record;
        try {
            record = RecordLines.parse(line, number);
        } catch (StoreException notARecord) {
            Optional<ExportSummary> stated = ExportTrailer.parse(line, number);
            if (stated.isEmpty()) {
                throw notARecord;
            }
            verify(stated.get(), number);
            return null;
        }
        order.check(record, number);
        if (tally != null) {
            tally.add(record);
        }
        counts = counts.plus(record);
        return record;
    }

    private void verify(ExportSummary stated, long number) {
        lines.next().ifPresent(extra -> {
            throw new StoreException(ReasonCode.IMPORT_FORMAT_INVALID,
                    "line " + lines.lineNumber() + ": text after the trailer; the trailer is the last line");
        });
        if (!stated.counts().equals(counts)) {
            throw new StoreException(ReasonCode.STATE_MIGRATION_HASH_MISMATCH, "line " + number + ": the trailer counts "
                    + stated.counts().describe() + " but the file holds " + counts.describe()
                    + "; the file was altered or damaged (nothing was written)");
        }
        if (tally != null) {
            String actual = tally.summary().contentHash();
            if (!stated.contentHash().equals(actual)) {
                throw hashMismatch(number, stated.contentHash(), actual);
            }
        }
        trailerLine = number;
        trailer = stated;
    }

    /** True when this reader checks the trailer's content hash itself. */
    boolean hashing() {
        return tally != null;
    }

    /**
     * For a reader that does not hash: refuses the file unless its trailer, read and counted already,
     * states {@code actual} as the records' content hash, exactly as a hashing reader would have.
     */
    void requireContentHash(String actual) {
        if (trailer == null) {
            throw new IllegalStateException("the trailer was not read yet");
        }
        if (!trailer.contentHash().equals(actual)) {
            throw hashMismatch(trailerLine, trailer.contentHash(), actual);
        }
    }

    private static StoreException hashMismatch(long line, String stated, String actual) {
        return new StoreException(ReasonCode.STATE_MIGRATION_HASH_MISMATCH, "line " + line
                + ": the trailer's content_hash " + stated + " does not match the records ("
                + actual + "); the file was altered or damaged (nothing was written)");
    }
}
