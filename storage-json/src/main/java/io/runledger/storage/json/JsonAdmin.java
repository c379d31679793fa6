package io.runledger.storage.json;

import io.runledger.format.record.ExportHeader;
import io.runledger.storage.api.AuditPrunes;
import io.runledger.storage.api.ChainAnchor;
import io.runledger.storage.api.Check;
import io.runledger.storage.api.CommittedAudit;
import io.runledger.storage.api.MigrationReport;
import io.runledger.storage.api.StoreAdmin;
import io.runledger.storage.api.StoreContents;
import io.runledger.storage.api.StoreFootprint;
import io.runledger.storage.api.StoreStatus;
import io.runledger.storage.json.files.IoFailures;
import io.runledger.storage.json.files.StoreFiles;
import io.runledger.storage.json.journal.JournalWriter;
import io.runledger.storage.json.snapshot.JsonSchema;
import io.runledger.storage.json.snapshot.SnapshotFile;
import io.runledger.storage.support.CreatedFiles;
import io.runledger.storage.support.FileFootprint;
import io.runledger.storage.support.LockFile;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Administration of one JSON store. {@link #status()} reads only the snapshot's header and
 * {@link #check()} reads the snapshot and journal without taking the lock (both files are only ever
 * appended to or replaced whole, so a reader sees a consistent prefix). Only {@link #migrate(boolean)}
 * without a dry run creates or upgrades a store, and {@link #vacuum()} compacts; both under the lock.
 * Holds nothing between calls.
 */
final class JsonAdmin implements StoreAdmin {
    private final StoreFiles files;
    private final JsonOptions options;
    /** The files this admin's migration found missing when it created the store; empty if it created none. */
    private volatile Optional<CreatedFiles> created = Optional.empty();

    JsonAdmin(StoreFiles files, JsonOptions options) {
        this.files = files;
        this.options = options;
    }

    /** Not initialized (version 0, every version pending) while {@code state.json} does not exist. */
    @Override
    public StoreStatus status() {
        int version = SnapshotFile.readHeader(files.snapshot()).map(ExportHeader::schemaVersion).orElse(0);
        return new StoreStatus(JsonStorageProvider.ID, JsonStorageProvider.PERSISTENCE_MODE, files.toString(),
                version > 0, version, JsonSchema.HEAD, JsonSchema.above(version));
    }

    /** The snapshot and journal (and lock), and the usable space of their volume. */
    @Override
    public StoreFootprint footprint() {
        return FileFootprint.of(files.storeFiles());
    }

    @Override
    public MigrationReport migrate(boolean dryRun) {
        StoreStatus before = status();
        before.requireNotNewer();
        if (dryRun || before.pending().isEmpty()) {
            int to = dryRun ? JsonSchema.HEAD : before.schemaVersion();
            return new MigrationReport(before.schemaVersion(), to, before.pending(), dryRun);
        }
        CreatedFiles filesBefore = CreatedFiles.before(files.storeFiles());
        try {
            Files.createDirectories(files.directory());
        } catch (IOException e) {
            throw IoFailures.translate("create the directory " + files.directory(), e);
        }
        LockFile lock = files.acquireLock(options.lockTimeoutMs());
        try {
            StoreStatus current = status();
            current.requireNotNewer();
            if (current.pending().isEmpty()) {
                return new MigrationReport(current.schemaVersion(), current.schemaVersion(), List.of(), false);
            }
            if (current.initialized()) {
                SchemaUpgrade.run(files, options, lock, current.schemaVersion());
            } else {
                if (filesBefore.storeWasMissing()) {
                    created = Optional.of(filesBefore);
                }
                create();
            }
            return new MigrationReport(current.schemaVersion(), JsonSchema.HEAD, current.pending(), false);
        } finally {
            lock.close();
        }
    }

    /** An empty snapshot at head, then an empty journal continuing it; a crash between the two is recovered by the first write. */
    private void create() {
        ExportHeader header = new ExportHeader(Instant.now().truncatedTo(ChronoUnit.MICROS), JsonSchema.HEAD,
                JsonStorageProvider.ID);
        try {
            SnapshotFile.write(files, header, records -> { }, event -> {
                throw new IllegalStateException("an empty store has no audit events");
            });
            JournalWriter.start(files, header.exportedAt()).close();
        } catch (IOException e) {
            throw IoFailures.translate("create the json store " + files, e);
        }
    }

    @Override
    public List<Check> check() {
        requireExisting().requireNotNewer();
        return JsonChecks.run(files, options);
    }

    /**
     * The chain and prune records of the snapshot and journal read without the lock, like {@link #check()}:
     * a writer holding the store (a running {@code serve}) does not keep {@code doctor} or {@code audit head} waiting.
     */
    @Override
    public Optional<CommittedAudit> committedAudit() {
        requireExisting().requireAtHead();
        LoadedStore loaded = StoreLoader.load(files, false);
        AuditPrunes prunes = JsonChecks.committedPrunes(files, loaded.snapshot());
        // As an opened store does: the latest prune's anchor is where the chain it holds starts.
        loaded.ledger().anchorAt(ChainAnchor.latest(prunes.all()));
        return Optional.of(new CommittedAudit(new JsonAuditHistory(LedgerReads.of(loaded.ledger())), prunes));
    }

    /** Folds the journal into a new snapshot; needs the lock, like any writer. */
    @Override
    public void vacuum() {
        requireExisting().requireAtHead();
        try (JournaledLedger ledger = JournaledLedger.open(files, options)) {
            ledger.compactNow();
        }
    }

    private StoreStatus requireExisting() {
        StoreStatus status = status();
        if (!status.initialized()) {
            status.requireAtHead();
        }
        return status;
    }

    @Override
    public Optional<StoreContents> contentsAsMigrated() {
        return Optional.of(new MigratedContents(this, files));
    }

    /**
     * Deletes the files and directories this admin's migration created, once the store, opened under
     * its lock, holds no run, step or audit event; the files go while the lock is still held.
     */
    @Override
    public boolean removeCreatedStore() {
        Optional<CreatedFiles> before = created;
        if (before.isEmpty()) {
            return false;
        }
        boolean removed = false;
        if (status().initialized()) {
            try (JournaledLedger ledger = JournaledLedger.open(files, options)) {
                if (!ledger.read(Ledger::isEmpty)) {
                    return false;
                }
                removed = before.get().remove();
            }
        }
        created = Optional.empty();
        // again once the lock is released: a lock file the system keeps while it is open goes now
        return before.get().remove() | removed;
    }

    @Override
    public void close() {
        // Every call opens and closes what it needs: nothing is held between calls.
    }
}
