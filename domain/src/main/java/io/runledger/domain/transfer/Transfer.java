package io.runledger.domain.transfer;

import io.runledger.format.record.AuditChain;
import io.runledger.format.record.ContentTally;
import io.runledger.format.record.ExportHeader;
import io.runledger.format.record.ImportedChain;
import io.runledger.format.record.ExportReader;
import io.runledger.format.record.ExportSummary;
import io.runledger.format.record.ExportWriter;
import io.runledger.format.record.RecordPipe;
import io.runledger.storage.api.ChainLink;
import io.runledger.storage.api.ChainedEvent;
import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreContents;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.StoreStatus;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * Moves a store's whole content into an empty store, verified: records stream in canonical order
 * with bounded memory, the source is hashed while it is read, the target is hashed by exporting it
 * after the import, and the two must agree. The target's import is one unit (all records or none),
 * so a failed transfer leaves the target as empty as it was. Reason codes:
 * {@link ReasonCode#STATE_MIGRATION_SOURCE_MISSING} (see {@link #requireSource}),
 * {@link ReasonCode#STATE_MIGRATION_TARGET_EXISTS} for a target that holds anything (never merged into),
 * {@link ReasonCode#STATE_MIGRATION_HASH_MISMATCH} when the hashes or counts differ, and whatever the
 * stores or an export file raise.
 */
public final class Transfer {
    private final int chunkSize;
    private final LongConsumer progress;
    private final boolean replacing;

    /**
     * A transfer handing records from source to target {@code chunkSize} at a time (at most a few
     * chunks are in memory); {@code progress} is told the number of records imported so far, every
     * {@link ExportWriter#PROGRESS_EVERY} records and at the end.
     */
    public Transfer(int chunkSize, LongConsumer progress) {
        this(chunkSize, progress, false);
    }

    private Transfer(int chunkSize, LongConsumer progress, boolean replacing) {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunkSize must be at least 1 (got " + chunkSize + ")");
        }
        this.chunkSize = chunkSize;
        this.progress = Objects.requireNonNull(progress, "progress");
        this.replacing = replacing;
    }

    /**
     * This transfer, but replacing whatever the target holds in one unit
     * ({@link StoreContents#replaceWith}) instead of requiring it to be empty: what a restore with
     * {@code --replace} does once a verified backup of the target was taken.
     */
    public Transfer replacing() {
        return new Transfer(chunkSize, progress, true);
    }

    /**
     * Refuses a source that cannot be read: one that does not exist is
     * {@link ReasonCode#STATE_MIGRATION_SOURCE_MISSING}; one off this binary's schema head raises what
     * {@link StoreStatus#requireAtHead()} raises (nothing is written to it).
     */
    public static void requireSource(StoreStatus source) {
        if (!source.initialized()) {
            throw new StoreException(ReasonCode.STATE_MIGRATION_SOURCE_MISSING, "the source " + source.backend()
                    + " store at " + source.location() + " does not exist; check the source location");
        }
        source.requireAtHead();
    }

    /**
     * Copies every record of {@code source} into the empty {@code target} and verifies both hashes.
     * Every event keeps its chain position, and the source's chain is checked on the way in {@code seq}
     * order from its anchor ({@link ImportedChain}): a broken chain is {@link ReasonCode#AUDIT_CHAIN_BROKEN}
     * naming the event, and nothing is written.
     */
    public ExportSummary copy(StoreContents source, StoreContents target) {
        requireEmpty(target);
        ContentTally sourceTally = new ContentTally();
        Optional<ChainLink> anchor = source.chainAnchor();
        // The reader thread reads and hashes the source while this thread writes the target (the
        // pipe makes the reader's tally visible here once the last record was taken).
        try (RecordPipe pipe = new RecordPipe(sink -> source.exportTo(record -> {
            sourceTally.add(record);
            sink.accept(record);
        }), chunkSize); ImportedChain chain = new ImportedChain(anchor.orElse(AuditChain.START))) {
            long imported = fill(target, checked(counted(pipe), chain), anchor);
            if (!pipe.drained()) {
                throw new IllegalStateException("the store returned from an import before reading every record");
            }
            return verify(sourceTally.summary(), imported, target, "the source's", ExportHeader.CHAINED_VERSION);
        }
    }

    /**
     * Imports an export file into the empty {@code target}: the file's trailer is checked against
     * its records before the import commits, and the target's content afterwards against the trailer.
     * The file is read, checked and hashed on a thread of its own while this one writes the target;
     * a refusal of the file (its trailer included) reaches the import before it commits.
     */
    public ExportSummary load(ExportReader file, StoreContents target) {
        requireEmpty(target);
        long imported;
        try (RecordPipe pipe = new RecordPipe(file::forEachRemaining, chunkSize)) {
            imported = fill(target, counted(pipe), file.header().chainAnchor());
        }
        ExportSummary stated = file.trailer().orElseThrow(() -> new IllegalStateException(
                "the store returned from an import before reading the whole file"));
        return verify(stated, imported, target, "the file's", file.header().formatVersion());
    }

    private long fill(StoreContents target, Iterator<LedgerRecord> records, Optional<ChainLink> anchor) {
        return replacing ? target.replaceWith(records, anchor) : target.importFrom(records, anchor);
    }

    /**
     * The records, each audit event handed to {@code chain} as it passes; the chain is finished (the
     * events put aside checked) when the records end, before the target commits.
     */
    private static Iterator<LedgerRecord> checked(Iterator<LedgerRecord> records, ImportedChain chain) {
        return new Iterator<>() {
            private boolean finished;

            @Override
            public boolean hasNext() {
                boolean more = records.hasNext();
                if (!more && !finished) {
                    finished = true;
                    chain.finish();
                }
                return more;
            }

            @Override
            public LedgerRecord next() {
                LedgerRecord record = records.next();
                if (record instanceof ChainedEvent chained) {
                    chain.add(chained, 0);
                }
                return record;
            }
        };
    }

    private void requireEmpty(StoreContents target) {
        if (!replacing && !target.isEmpty()) {
            throw new StoreException(ReasonCode.STATE_MIGRATION_TARGET_EXISTS, "the target store is not empty; "
                    + "runledger never merges into or overwrites a store (nothing was written)");
        }
    }

    /**
     * Compares the target's content with {@code expected}, as a file of {@code formatVersion} states it:
     * a version 2 summary covers every event's position, so the target must hold the source's chain.
     */
    private ExportSummary verify(ExportSummary expected, long imported, StoreContents target, String whose,
                                 int formatVersion) {
        progress.accept(imported);
        ExportSummary actual = ExportWriter.summarize(target, chunkSize, formatVersion);
        if (actual.counts().total() != imported || !actual.equals(expected)) {
            throw new StoreException(ReasonCode.STATE_MIGRATION_HASH_MISMATCH, "after the transfer the target holds "
                    + actual.counts().describe() + " with content hash " + actual.contentHash() + ", but " + whose
                    + " is " + expected.counts().describe() + " with " + expected.contentHash()
                    + "; do not use the target");
        }
        return actual;
    }

    private Iterator<LedgerRecord> counted(Iterator<LedgerRecord> records) {
        return new Iterator<>() {
            private long done;

            @Override
            public boolean hasNext() {
                return records.hasNext();
            }

            @Override
            public LedgerRecord next() {
                LedgerRecord record = records.next();
                ExportWriter.report(progress, ++done);
                return record;
            }
        };
    }
}
