package io.runledger.storage.json;

import io.runledger.format.record.ExportHeader;
import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.AuditPrune;
import io.runledger.storage.api.ChainAnchor;
import io.runledger.storage.api.ChainLink;
import io.runledger.storage.api.EventId;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.TestCrashPoint;
import io.runledger.storage.json.files.IoFailures;
import io.runledger.storage.json.files.StoreFiles;
import io.runledger.storage.json.journal.JournalEntry;
import io.runledger.storage.json.journal.JournalScan;
import io.runledger.storage.json.journal.JournalWriter;
import io.runledger.storage.json.snapshot.JsonSchema;
import io.runledger.storage.json.snapshot.PruneFile;
import io.runledger.storage.json.snapshot.SnapshotFile;
import io.runledger.storage.support.DurableFiles;
import io.runledger.storage.support.LockFile;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The open store's engine: the content in memory, the journal that makes each write durable, and
 * compaction. One writer at a time (a monitor, and across processes the store's {@link LockFile}); readers
 * run concurrently and are held back only while a durable write is applied in memory, so every read
 * sees whole write units. A write is: check against the content, append one journal line and fsync
 * it, apply it in memory, acknowledge.
 */
final class JournaledLedger implements AutoCloseable, LedgerReads {
    /** Test-only crash point of a prune: the record is written, the snapshot without the events is not. */
    private static final String PRUNE_RECORD_WRITTEN = "prune-inside-delete";
    private final StoreFiles files;
    private final JsonOptions options;
    private final LockFile lock;
    private final Object writers = new Object();
    private final ReadWriteLock visibility = new ReentrantReadWriteLock();
    private Ledger ledger;
    private ExportHeader snapshot;
    private long snapshotBytes;
    private Optional<JournalWriter> journal;
    private Optional<JournalScan.TornTail> tornTail;
    private List<PruneFile.Line> prunes;
    private boolean wrote;
    private boolean closed;

    private JournaledLedger(StoreFiles files, JsonOptions options, LockFile lock, LoadedStore loaded) throws IOException {
        this.files = files;
        this.options = options;
        this.lock = lock;
        this.ledger = loaded.ledger();
        this.snapshot = loaded.snapshot().header();
        this.snapshotBytes = loaded.snapshot().bytes();
        this.tornTail = loaded.journal().torn();
        this.prunes = committedPrunes(files, snapshot.exportedAt());
        ledger.anchorAt(ChainAnchor.latest(prunes.stream().map(PruneFile.Line::prune).toList()));
        // A journal that is missing, stale or torn is never appended to: the first write starts a new one.
        this.journal = loaded.journal().appendable()
                ? Optional.of(JournalWriter.resume(files.journal(), loaded.journal().bytes(), loaded.journal().entries()))
                : Optional.empty();
    }

    /**
     * The prune records the snapshot written at {@code snapshotAt} committed; a record a crash left
     * uncommitted (its snapshot never replaced the old one) is dropped from the file, under the lock.
     */
    private static List<PruneFile.Line> committedPrunes(StoreFiles files, Instant snapshotAt) throws IOException {
        List<PruneFile.Line> all = PruneFile.read(files.prunes());
        List<PruneFile.Line> committed = all.stream().filter(line -> line.committedBy(snapshotAt)).toList();
        if (committed.size() < all.size()) {
            PruneFile.write(files.prunes(), files.prunesTemp(), committed);
        }
        return committed;
    }

    /** Takes the lock and recovers the store; the caller has checked that it exists. */
    static JournaledLedger open(StoreFiles files, JsonOptions options) {
        return recover(files, options, files.acquireLock(options.lockTimeoutMs()));
    }

    /** Recovers the store under a lock the caller took; {@link #close()} releases it. */
    static JournaledLedger recover(StoreFiles files, JsonOptions options, LockFile lock) {
        try {
            return new JournaledLedger(files, options, lock, StoreLoader.load(files, true));
        } catch (IOException e) {
            lock.close();
            throw IoFailures.translate("open the journal " + files.journal(), e);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** The schema version of the snapshot this ledger was read from or last wrote. */
    int schemaVersion() {
        synchronized (writers) {
            return snapshot.schemaVersion();
        }
    }

    /** Runs a query against a consistent view of the content. */
    @Override
    public <T> T read(Function<Ledger, T> query) {
        visibility.readLock().lock();
        try {
            requireOpen();
            return query.apply(ledger);
        } finally {
            visibility.readLock().unlock();
        }
    }

    /** Checks a write against the content, makes it durable, applies it, and returns its result. */
    <T> T write(String doing, Function<Ledger, Planned<T>> plan) {
        synchronized (writers) {
            requireOpen();
            Planned<T> planned = plan.apply(ledger);
            if (planned.entry().isEmpty()) {
                return planned.result();
            }
            JournalEntry entry = planned.entry().get();
            try {
                if (journal.isEmpty()) {
                    compact(ledger);
                }
                journal.orElseThrow().append(entry);
            } catch (IOException e) {
                // A journal that cut its torn line off again stays in use: once space returns, the next
                // write needs room for itself only, not for a whole new snapshot.
                if (!journal.map(JournalWriter::intact).orElse(false)) {
                    dropJournal();
                }
                throw IoFailures.translate(doing + " (journal " + files.journal() + ")", e);
            }
            apply(entry);
            wrote = true;
            if (journal.orElseThrow().bytes() >= Math.max(options.compactAfterBytes(), snapshotBytes)) {
                compactQuietly();
            }
            return planned.result();
        }
    }

    /**
     * Replaces the whole content with {@code content}, durably, as one unit. A content whose chain
     * starts again (a restore: no anchor) leaves the prune records without their anchors; they are
     * rewritten first, so that a crash before the new snapshot leaves the old content with unanchored
     * records (verified from its first kept event) rather than a restored chain judged by an old anchor.
     */
    void replace(Function<Ledger, Ledger> build) {
        synchronized (writers) {
            requireOpen();
            Ledger content = build.apply(ledger);
            Instant next = nextSnapshotAt();
            // The prune records stay anchored while the content continues the chain; a content whose
            // chain starts anew keeps them without anchors, plus the anchor it carried in, if any
            // (committed by the snapshot it names, as a prune's record is).
            boolean continues = content.anchor().isPresent() && content.anchor().equals(ledger.anchor());
            List<PruneFile.Line> lines = new ArrayList<>(continues ? prunes : prunes.stream()
                    .map(line -> new PruneFile.Line(line.prune().unanchored(), line.snapshot())).toList());
            content.anchor().filter(carried -> !continues).ifPresent(carried -> lines.add(new PruneFile.Line(carried.prune(), next)));
            try {
                if (!lines.equals(prunes)) {
                    PruneFile.write(files.prunes(), files.prunesTemp(), lines);
                }
                compact(content, next);
            } catch (IOException e) {
                dropJournal();
                forgetUncommitted();
                throw IoFailures.translate("write the snapshot " + files.snapshot(), e);
            }
            visibility.writeLock().lock();
            try {
                ledger = content;
                prunes = List.copyOf(lines);
            } finally {
                visibility.writeLock().unlock();
            }
        }
    }

    /** The committed prune records, oldest first. */
    List<AuditPrune> prunes() {
        synchronized (writers) {
            requireOpen();
            return prunes.stream().map(PruneFile.Line::prune).toList();
        }
    }

    /**
     * Removes the events named {@code events} and stores {@code record}, as one unit: the record is
     * written first, naming the snapshot to come, and the new snapshot without the events commits both
     * (see {@link PruneFile}); the record's anchor becomes the ledger's. Nothing changes when an event is
     * missing ({@code store_locked}), the record's id is taken ({@code duplicate_id}) or the events are
     * not the prefix of the chain up to the anchor ({@link IllegalArgumentException}).
     */
    void prune(Set<EventId> events, AuditPrune record) {
        synchronized (writers) {
            requireOpen();
            Set<String> eventIds = events.stream().map(EventId::value).collect(Collectors.toSet());
            long missing = eventIds.stream().filter(id -> ledger.event(id).isEmpty()).count();
            if (missing > 0) {
                throw new StoreException(ReasonCode.STORE_LOCKED, missing + " of the " + eventIds.size()
                        + " audit events to prune are no longer stored (another prune took them); nothing was deleted");
            }
            if (prunes.stream().anyMatch(line -> line.prune().pruneId().equals(record.pruneId()))) {
                throw new StoreException(ReasonCode.DUPLICATE_ID, "a prune with id " + record.pruneId()
                        + " exists; nothing was deleted");
            }
            long last = record.last().map(ChainLink::seq).orElse(0L);
            record.requirePrefix(events, ledger.upTo(last), ledger.linkAt(last));
            Ledger kept = Ledger.continuing(ledger);
            kept.anchorAt(Optional.of(new ChainAnchor(record)));
            ledger.forEach(r -> {
                if (!(r instanceof AuditEvent event && eventIds.contains(event.eventId().value()))) {
                    kept.put(r);
                    if (r instanceof AuditEvent event) {
                        kept.link(event.eventId().value(), ledger.link(event));
                    }
                }
            });
            Instant next = nextSnapshotAt();
            List<PruneFile.Line> lines = new ArrayList<>(prunes);
            lines.add(new PruneFile.Line(record, next));
            try {
                PruneFile.write(files.prunes(), files.prunesTemp(), lines);
                TestCrashPoint.reach(PRUNE_RECORD_WRITTEN);
                compact(kept, next);
            } catch (IOException e) {
                dropJournal();
                forgetUncommitted();
                throw IoFailures.translate("prune " + eventIds.size() + " audit events from " + files.snapshot()
                        + " (nothing was deleted)", e);
            }
            visibility.writeLock().lock();
            try {
                ledger = kept;
                prunes = List.copyOf(lines);
            } finally {
                visibility.writeLock().unlock();
            }
        }
    }

    /**
     * After a failed prune the prune file may name a snapshot that was never written; a later snapshot
     * could reach that time, so the file is put back now, or this ledger closes and the next open drops it.
     */
    private void forgetUncommitted() {
        try {
            PruneFile.write(files.prunes(), files.prunesTemp(), prunes);
        } catch (IOException e) {
            close();
        }
    }

    /** Folds the journal into a new snapshot now (vacuum, upgrade). */
    void compactNow() {
        synchronized (writers) {
            requireOpen();
            try {
                compact(ledger);
            } catch (IOException e) {
                dropJournal();
                throw IoFailures.translate("compact " + files.snapshot(), e);
            }
        }
    }

    private void apply(JournalEntry entry) {
        visibility.writeLock().lock();
        try {
            ledger.apply(entry);
        } finally {
            visibility.writeLock().unlock();
        }
    }

    /**
     * Writes {@code content} as the new snapshot (temporary file, fsync, atomic rename, fsync of the
     * directory), then starts a new journal continuing it the same way. A crash before the rename
     * leaves the old snapshot and journal; after it, the old journal names an older snapshot and is
     * ignored. A journal with a torn tail is renamed aside, never rewritten.
     */
    private void compact(Ledger content) throws IOException {
        compact(content, nextSnapshotAt());
    }

    /** A time after the current snapshot's, for the next one. */
    private Instant nextSnapshotAt() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return now.isAfter(snapshot.exportedAt()) ? now : snapshot.exportedAt().plus(1, ChronoUnit.MICROS);
    }

    private void compact(Ledger content, Instant exportedAt) throws IOException {
        ExportHeader next = new ExportHeader(exportedAt, JsonSchema.HEAD, JsonStorageProvider.ID);
        journal.ifPresent(JournalWriter::close);
        journal = Optional.empty();
        snapshotBytes = SnapshotFile.write(files, next, content::forEach, content::link);
        snapshot = next;
        if (tornTail.isPresent()) {
            DurableFiles.rename(files.journal(), files.tornJournal(exportedAt));
            tornTail = Optional.empty();
        }
        journal = Optional.of(JournalWriter.start(files, exportedAt));
    }

    private void compactQuietly() {
        try {
            compact(ledger);
        } catch (IOException e) {
            // The write that got here is durable in the journal; the next write retries the compaction.
            dropJournal();
        }
    }

    private void dropJournal() {
        journal.ifPresent(JournalWriter::close);
        journal = Optional.empty();
    }

    private void requireOpen() {
        if (closed) {
            throw new StoreException(ReasonCode.STORE_UNAVAILABLE, "the json store at " + files + " is closed");
        }
    }

    /** Compacts if this session wrote anything, then releases the journal and the lock; never throws. */
    @Override
    public void close() {
        synchronized (writers) {
            if (closed) {
                return;
            }
            if (wrote && journal.isPresent() && journal.get().entries() > 0) {
                compactQuietly();
            }
            dropJournal();
            visibility.writeLock().lock();
            try {
                closed = true;
            } finally {
                visibility.writeLock().unlock();
            }
            lock.close();
        }
    }
}
