package io.runledger.format.record;

import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.ChainLink;
import io.runledger.storage.api.ChainedEvent;
import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * Reads an export file (FORMAT.md) strictly, as a stream: the header when opened, then one record
 * per {@link #next()}, and the trailer when the records end — at which point {@link #hasNext()}
 * checks the trailer's counts and content hash against the records read. Memory stays bounded by one
 * line (plus one entry per run id, for the run references). Every refusal names its line:
 * {@link ReasonCode#IMPORT_FORMAT_INVALID} for a bad header, record, order, reference, a missing
 * trailer or text after it; {@link ReasonCode#SCHEMA_NEWER_THAN_BINARY} for a header whose schema
 * is newer than this binary; {@link ReasonCode#STATE_MIGRATION_HASH_MISMATCH} for a trailer that
 * does not match the records; {@link ReasonCode#AUDIT_CHAIN_BROKEN} when the audit chain of a
 * format version 2 file does not verify. Not thread-safe. The caller closes the stream, and closes the
 * reader, however the reading ended, to release what the reader made: the chain check's spilled runs.
 *
 * <p>In a version 2 file every audit record is a {@link ChainedEvent}, and the chain is checked as the
 * lines are read, in {@code seq} order from the header's anchor ({@link ImportedChain}, bounded memory,
 * spilling to temporary files when the lines' order is not the chain's), before the trailer is
 * checked: a broken chain is refused at the line where it breaks, whatever the trailer says; the runs
 * are deleted when the records end, and by {@link #close()} when they did not. In a
 * version 1 file an audit record is an {@link AuditEvent} without position.
 */
public final class ExportReader implements Iterator<LedgerRecord>, AutoCloseable {
    private final ExportLines lines;
    private final ExportHeader header;
    private final OlderSchemaLines older;
    private final boolean chained;
    private final Optional<ImportedChain> chain;
    private final RecordOrder order = new RecordOrder();
    private final ContentTally tally = new ContentTally();
    private LedgerRecord pending;
    private ExportSummary trailer;
    private Optional<ChainLink> chainHead = Optional.empty();

    private ExportReader(ExportLines lines, ExportHeader header, OlderSchemaLines older, boolean snapshotChained) {
        this.lines = lines;
        this.header = header;
        this.older = older;
        this.chained = snapshotChained || header.chained();
        this.chain = header.chained() ? Optional.of(new ImportedChain(header.chainAnchor().orElse(AuditChain.START)))
                : Optional.empty();
    }

    /** Opens {@code in} (already decompressed) and reads its header, refusing what {@link ExportHeader#parse} refuses. */
    public static ExportReader open(InputStream in, int schemaHead) {
        return open(in, schemaHead, OlderSchemaLines.NONE);
    }

    /** As {@link #open(InputStream, int)}, reading lines of an older schema with {@code older} first. */
    public static ExportReader open(InputStream in, int schemaHead, OlderSchemaLines older) {
        ExportLines lines = new ExportLines(in);
        return new ExportReader(lines, ExportHeader.parse(lines.next(), schemaHead), older, false);
    }

    /**
     * As {@link #open(InputStream, int, OlderSchemaLines)} for a file whose audit lines carry their
     * chain position when {@code chainedAt} holds for the header's schema version (the JSON store's
     * snapshot from schema 6 on): such lines are audit lines of format version 2, read as
     * {@link ChainedEvent}s. The links of such a file under a version 1 header are read, not checked
     * against each other.
     */
    public static ExportReader open(InputStream in, int schemaHead, OlderSchemaLines older, IntPredicate chainedAt) {
        ExportLines lines = new ExportLines(in);
        ExportHeader header = ExportHeader.parse(lines.next(), schemaHead);
        return new ExportReader(lines, header, older, chainedAt.test(header.schemaVersion()));
    }

    /**
     * The last position of a version 2 file's audit chain (its anchor, or the genesis, when it holds no
     * event), once every record was read and the chain verified; empty before, and for version 1.
     */
    public Optional<ChainLink> chainHead() {
        return chainHead;
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
        if (chained && line.startsWith("{\"chain\":")) {
            ChainedEvent chained = ChainedLines.read(line, number);
            order.check(chained, number);
            tally.add(chained);
            chain.ifPresent(check -> check.add(chained, number));
            return chained;
        }
        // A canonical line (every line runledger writes) is read in one pass and hashed as it is, and
        // so is a line of an older schema; any other line is parsed in full and hashed in its canonical form.
        Optional<LedgerRecord> canonical = CanonicalRecordLines.read(line);
        if (canonical.isEmpty()) {
            canonical = older.read(header.schemaVersion(), line, number);
        }
        LedgerRecord record;
        if (canonical.isPresent()) {
            record = canonical.get();
        } else {
            try {
                record = RecordLines.parse(line, number);
            } catch (StoreException notARecord) {
                Optional<ExportSummary> stated = ExportTrailer.parse(line, number);
                if (stated.isEmpty()) {
                    throw notARecord;
                }
                chain.ifPresent(check -> chainHead = Optional.of(check.finish()));
                verify(stated.get(), number);
                return null;
            }
        }
        if (chained && record instanceof AuditEvent) {
            throw new StoreException(ReasonCode.IMPORT_FORMAT_INVALID, "line " + number
                    + ": an audit line of this file must carry its chain and seq (format_version 2)");
        }
        order.check(record, number);
        if (canonical.isPresent()) {
            tally.add(record, line);
        } else {
            tally.add(record);
        }
        return record;
    }

    /** Deletes the temporary files of the chain check, if any are left (a file refused before its end); keeps the stream open. */
    @Override
    public void close() {
        chain.ifPresent(ImportedChain::close);
    }

    private void verify(ExportSummary stated, long number) {
        lines.next().ifPresent(extra -> {
            throw new StoreException(ReasonCode.IMPORT_FORMAT_INVALID,
                    "line " + lines.lineNumber() + ": text after the trailer; the trailer is the last line");
        });
        ExportSummary actual = tally.summary();
        if (!stated.counts().equals(actual.counts())) {
            throw new StoreException(ReasonCode.STATE_MIGRATION_HASH_MISMATCH, "line " + number + ": the trailer counts "
                    + stated.counts().describe() + " but the file holds " + actual.counts().describe()
                    + "; the file was altered or damaged (nothing was written)");
        }
        if (!stated.contentHash().equals(actual.contentHash())) {
            throw new StoreException(ReasonCode.STATE_MIGRATION_HASH_MISMATCH, "line " + number
                    + ": the trailer's content_hash " + stated.contentHash() + " does not match the records ("
                    + actual.contentHash() + "); the file was altered or damaged (nothing was written)");
        }
        trailer = stated;
    }
}
