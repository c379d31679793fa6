package io.runledger.domain.transfer;

import io.runledger.format.record.ExportHeader;
import io.runledger.format.record.ExportSummary;
import io.runledger.format.record.ExportWriter;
import io.runledger.storage.api.NativeBackup;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StorageProvider;
import io.runledger.storage.api.Store;
import io.runledger.storage.api.StoreAdmin;
import io.runledger.storage.api.StoreContents;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.StoreSpec;
import io.runledger.storage.api.StoreStatus;
import io.runledger.storage.api.Timestamps;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Takes verified backups of one store, and publishes a backup under its name only once verified.
 * Where the backend has a native snapshot ({@link StoreAdmin#nativeBackupSuffix()}) the adapter writes
 * and integrity-checks a copy beside the target; the copy is read again for its content hash (for a
 * store at the head, compared with the live store's), which is recorded inside the copy before it gets
 * its name. Otherwise the backup is
 * an export (FORMAT.md), read back in full and checked against its own trailer and the written hash;
 * a store below the head is exported as its pending migrations will leave it
 * ({@link StoreAdmin#contentsAsMigrated()}), so the backup restores into a store at the head.
 */
public final class StoreBackup {
    /** The file name ending of a backup that is an export. */
    public static final String EXPORT_SUFFIX = ".jsonl";

    private final StorageProvider provider;
    private final StoreSpec spec;
    private final StoreAdmin admin;
    private final Supplier<Store> live;
    private final Clock clock;

    /** Backups of the store at {@code spec}; {@code live} opens it for reading (at the head). */
    public StoreBackup(StorageProvider provider, StoreSpec spec, StoreAdmin admin, Supplier<Store> live, Clock clock) {
        this.provider = provider;
        this.spec = spec;
        this.admin = admin;
        this.live = live;
        this.clock = clock;
    }

    /** Backs the existing store up to {@code target}, which must not exist; returns what was done, in one sentence. */
    public String take(Path target) {
        StoreStatus status = admin.status();
        if (!status.initialized()) {
            status.requireAtHead();
        }
        status.requireNotNewer();
        refuseExisting(target);
        if (admin.nativeBackupSuffix().isPresent()) {
            String hash = writeNative(target, status.atHead());
            return status.atHead() ? "native snapshot; integrity checked, content hash " + hash + " (equal to the "
                    + "store's), recorded in the backup"
                    : "native snapshot at schema version " + status.schemaVersion() + "; integrity checked, content hash "
                    + hash + " as restored at the head (compared with the store's only for a store at the head), "
                    + "recorded in the backup";
        }
        if (status.pending().isEmpty()) {
            return "export (docs/FORMAT.md), read back and verified, content hash "
                    + export(target, live.get().contents(), status.schemaVersion(), status);
        }
        return "export (docs/FORMAT.md) of the store as migrating it from schema version " + status.schemaVersion()
                + " to " + status.schemaHead() + " will leave it (nothing was changed), read back and verified, content hash "
                + export(target, asMigrated(status), status.schemaHead(), status);
    }

    /**
     * The backup {@code db migrate --backup} takes of a store with pending migrations, before applying
     * them. A native snapshot where the backend has one, beside the store, named by {@link #besideStore}.
     * Otherwise a verified export of the store as the pending migrations will leave it (JSON, PostgreSQL),
     * named the same way with {@code .jsonl}: beside a file store, in {@code workingDir} for a server
     * store. It restores with {@code store import} into an empty store at the head and then holds what
     * the migrated store held. Returns what was done.
     */
    public String beforeMigrating(StoreStatus status, Path workingDir) {
        Optional<String> suffix = admin.nativeBackupSuffix();
        if (suffix.isPresent()) {
            Path target = besideStore(Path.of(spec.location()), status.schemaVersion(), suffix.get(), clock);
            refuseExisting(target);
            String hash = writeNative(target, false);
            return "Backed up the store at schema version " + status.schemaVersion() + " to " + target
                    + " (native snapshot, integrity checked, content hash " + hash + " as restored at the head, "
                    + "recorded in the backup).";
        }
        Path target = besideStore(storePath(workingDir), status.schemaVersion(), EXPORT_SUFFIX, clock);
        refuseExisting(target);
        String hash = export(target, asMigrated(status), status.schemaHead(), status);
        return "Backed up the store at schema version " + status.schemaVersion() + " to " + target + " (export of "
                + "the store as migrating it to schema version " + status.schemaHead() + " will leave it, read back and "
                + "verified, content hash " + hash + "; restore it with `store import` into an empty store).";
    }

    /** The name of a pre-migration backup beside {@code store}: {@code <store>.backup-v<from>-<UTC time><suffix>}. */
    public static Path besideStore(Path store, int fromVersion, String suffix, Clock clock) {
        return BackupNames.beside(store, "backup-v" + fromVersion, BackupNames.seconds(clock), suffix);
    }

    /**
     * The backup {@code db restore --replace} takes of the store it is about to replace, verified as
     * {@link #take} verifies: beside the store (in {@code workingDir} for a server store), named
     * {@code <store>.before-restore-<UTC time to the microsecond><suffix>}. Returns where it is.
     */
    public Path beforeRestoring(Path workingDir) {
        Path target = BackupNames.beside(storePath(workingDir), "before-restore", BackupNames.stamp(clock), suffix());
        take(target);
        return target;
    }

    /**
     * The rotated backups of this store in {@code directory}: named after the store file, or
     * {@code runledger-<backend>} for a server store.
     */
    public BackupShelf shelf(Path directory) {
        return new BackupShelf(directory, storePath(directory).getFileName().toString(), suffix());
    }

    /**
     * Takes a verified backup onto {@code shelf} under a new timestamped name ({@link #take}), and only
     * then removes this store's backups there beyond the newest {@code keep} (at least 1): a backup that
     * failed removes nothing, and the one just written always stays.
     */
    public RotatedBackup takeOnto(BackupShelf shelf, int keep) {
        if (keep < 1) {
            throw new IllegalArgumentException("keep must be at least 1 (got " + keep + ")");
        }
        Path target = shelf.nextName(clock);
        String how = take(target);
        return new RotatedBackup(target, how, shelf.keepNewest(keep, target));
    }

    /** The store's file, or for a server store a name for it in {@code workingDir}. */
    private Path storePath(Path workingDir) {
        return provider.defaultFileName().isPresent() ? Path.of(spec.location())
                : workingDir.resolve("runledger-" + provider.id());
    }

    private String suffix() {
        return admin.nativeBackupSuffix().orElse(EXPORT_SUFFIX);
    }

    /**
     * The adapter writes its snapshot under a temporary name and checks its integrity; the copy's content
     * hash is then read as a restore will read it (for a store at the head, {@code atHead}, it must equal
     * the live store's) and recorded inside the copy ({@link StoreAdmin#recordBackupHash}), so that
     * {@code db backups} and {@code db restore} can tell a changed backup from a sound one; only then does
     * the copy get its name. Returns the hash.
     */
    private String writeNative(Path target, boolean atHead) {
        Path copy = PublishedFile.temporaryBeside(target);
        try {
            admin.backupTo(copy);
            String hash = atHead ? compareWithLive(copy) : hashAsRestored(copy);
            admin.recordBackupHash(copy, hash);
            PublishedFile.publish(copy, target);
            return hash;
        } finally {
            PublishedFile.discard(copy);
        }
    }

    /** The content hash of a snapshot of a store below the head, read through a copy brought to the head, as a restore reads it. */
    private String hashAsRestored(Path copy) {
        try (NativeBackup backup = admin.openBackup(copy).orElseThrow(() -> new IllegalStateException(
                "a backend with native backups opens them"))) {
            return ExportWriter.summarize(backup.store().contents()).contentHash();
        }
    }

    private String compareWithLive(Path copy) {
        String copied;
        try (Store store = provider.open(new StoreSpec(copy.toString(), spec.options()))) {
            copied = ExportWriter.summarize(store.contents()).contentHash();
        }
        String current = ExportWriter.summarize(live.get().contents()).contentHash();
        if (!copied.equals(current)) {
            throw new StoreException(ReasonCode.STATE_MIGRATION_HASH_MISMATCH, "the backup's content hash " + copied
                    + " differs from the store's " + current + " (was it written to meanwhile?); no backup was kept: "
                    + "drain writers and run it again");
        }
        return copied;
    }

    private StoreContents asMigrated(StoreStatus status) {
        return admin.contentsAsMigrated().orElseThrow(() -> new StoreException(ReasonCode.SCHEMA_PENDING,
                "the " + status.backend() + " store at schema version " + status.schemaVersion() + " cannot be exported "
                        + "before it is migrated; run `runledger db migrate` first"));
    }

    /** Writes the export under a temporary name, reads it back in full, and only then gives it its name. */
    private String export(Path target, StoreContents contents, int schemaVersion, StoreStatus status) {
        ExportHeader header = ExportHeader.chained(Timestamps.now(clock), schemaVersion, status.backend(),
                contents.chainAnchor());
        try (PublishedFile file = PublishedFile.create(target)) {
            ExportSummary written = new ExportWriter(file.stream(), n -> { }).write(header, contents);
            file.commit(complete -> ArchiveCheck.requireReadsBack(complete, target, written, status.schemaHead()));
            return written.contentHash();
        }
    }

    private static void refuseExisting(Path target) {
        if (Files.exists(target)) {
            throw new StoreException(ReasonCode.BACKUP_TARGET_EXISTS, "the backup target " + target
                    + " already exists; it is never overwritten: choose another name or remove it");
        }
    }
}
