package io.runledger.cli;

import io.runledger.bootstrap.LedgerRuntime;
import io.runledger.cli.transfer.ExportFileSource;
import io.runledger.cli.transfer.ExportFileTarget;
import io.runledger.format.record.ExportHeader;
import io.runledger.format.record.ExportReader;
import io.runledger.format.record.ExportSummary;
import io.runledger.format.record.ExportWriter;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.Store;
import io.runledger.storage.api.StoreAdmin;
import io.runledger.storage.api.StoreContents;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.StoreSpec;
import io.runledger.storage.api.StoreStatus;
import io.runledger.storage.api.Timestamps;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * Takes verified backups of the configured store. Where the backend has a native snapshot (SQLite's
 * {@code VACUUM INTO}) the copy is integrity-checked by the adapter and, for a store at the head,
 * opened again here and its content hash compared with the live store's. Otherwise the backup is an
 * export (docs/FORMAT.md), read back in full and checked against its own trailer and the written hash;
 * a store below the head is exported as its pending migrations will leave it
 * ({@link StoreAdmin#contentsAsMigrated()}), so the backup restores into a store at the head.
 */
final class StoreBackup {
    /** The file name ending of a backup that is an export. */
    static final String EXPORT_SUFFIX = ".jsonl";

    private final LedgerRuntime runtime;

    StoreBackup(LedgerRuntime runtime) {
        this.runtime = runtime;
    }

    /** Backs the existing store up to {@code target}, which must not exist; returns what was done, in one sentence. */
    String take(Path target) {
        StoreAdmin admin = runtime.admin();
        StoreStatus status = admin.status();
        if (!status.initialized()) {
            status.requireAtHead();
        }
        status.requireNotNewer();
        refuseExisting(target);
        if (admin.nativeBackupSuffix().isPresent()) {
            admin.backupTo(target);
            if (!status.atHead()) {
                return "native snapshot at schema version " + status.schemaVersion() + "; integrity checked (the "
                        + "content hash is compared only for a store at the head)";
            }
            return "native snapshot; integrity checked, content hash " + compareNative(target);
        }
        if (status.pending().isEmpty()) {
            return "export (docs/FORMAT.md), read back and verified, content hash "
                    + export(target, runtime.store().contents(), status.schemaVersion(), status);
        }
        return "export (docs/FORMAT.md) of the store as migrating it from schema version " + status.schemaVersion()
                + " to " + status.schemaHead() + " will leave it (nothing was changed), read back and verified, content hash "
                + export(target, asMigrated(admin, status), status.schemaHead(), status);
    }

    /**
     * The backup {@code db migrate --backup} takes of a store with pending migrations, before applying
     * them. A native snapshot where the backend has one, beside the store, named by {@link #besideStore}.
     * Otherwise a verified export of the store as the pending migrations will leave it (JSON, PostgreSQL),
     * named the same way with {@code .jsonl}: beside a file store, in the working directory for a server
     * store. It restores with {@code store import} into an empty store at the head and then holds what
     * the migrated store held. Returns what was done.
     */
    String beforeMigrating(StoreStatus status, Path workingDir) {
        StoreAdmin admin = runtime.admin();
        Optional<String> suffix = admin.nativeBackupSuffix();
        if (suffix.isPresent()) {
            Path target = besideStore(Path.of(runtime.config().location().value()), status.schemaVersion(), suffix.get(),
                    Clock.systemUTC());
            admin.backupTo(target);
            return "Backed up the store at schema version " + status.schemaVersion() + " to " + target
                    + " (native snapshot, integrity checked).";
        }
        Path store = runtime.provider().defaultFileName().isPresent() ? Path.of(runtime.config().location().value())
                : workingDir.resolve("runledger-" + status.backend());
        Path target = besideStore(store, status.schemaVersion(), EXPORT_SUFFIX, Clock.systemUTC());
        refuseExisting(target);
        String hash = export(target, asMigrated(admin, status), status.schemaHead(), status);
        return "Backed up the store at schema version " + status.schemaVersion() + " to " + target + " (export of "
                + "the store as migrating it to schema version " + status.schemaHead() + " will leave it, read back and "
                + "verified, content hash " + hash + "; restore it with `store import` into an empty store).";
    }

    private static StoreContents asMigrated(StoreAdmin admin, StoreStatus status) {
        return admin.contentsAsMigrated().orElseThrow(() -> new StoreException(ReasonCode.SCHEMA_PENDING,
                "the " + status.backend() + " store at schema version " + status.schemaVersion() + " cannot be exported "
                        + "before it is migrated; run `runledger db migrate` first"));
    }

    /** The name of a pre-migration native backup beside {@code store}: {@code <store>.backup-v<from>-<UTC time><suffix>}. */
    static Path besideStore(Path store, int fromVersion, String suffix, Clock clock) {
        String time = Timestamps.format(Timestamps.now(clock)).replace(":", "").replace("-", "").replaceAll("\\.\\d+", "");
        return store.resolveSibling(store.getFileName() + ".backup-v" + fromVersion + "-" + time + suffix);
    }

    private String compareNative(Path copy) {
        StoreSpec live = runtime.config().spec();
        String copied;
        try (Store store = runtime.provider().open(new StoreSpec(copy.toString(), live.options()))) {
            copied = ExportWriter.summarize(store.contents()).contentHash();
        }
        String current = ExportWriter.summarize(runtime.store().contents()).contentHash();
        if (!copied.equals(current)) {
            deleteQuietly(copy);
            throw new StoreException(ReasonCode.STATE_MIGRATION_HASH_MISMATCH, "the backup's content hash " + copied
                    + " differs from the store's " + current + " (was it written to meanwhile?); the backup was removed: "
                    + "drain writers and run it again");
        }
        return copied;
    }

    private String export(Path target, StoreContents contents, int schemaVersion, StoreStatus status) {
        ExportHeader header = new ExportHeader(Timestamps.now(Clock.systemUTC()), schemaVersion,
                runtime.config().backend().value());
        ExportSummary written;
        try (ExportFileTarget file = ExportFileTarget.create(target)) {
            written = new ExportWriter(file.stream(), n -> { }).write(header, contents);
            file.commit();
        }
        Optional<ExportSummary> readBack;
        try (InputStream in = ExportFileSource.decoded(ExportFileSource.open(target), n -> { })) {
            ExportReader reader = ExportReader.open(in, status.schemaHead());
            reader.forEachRemaining(record -> { });
            readBack = reader.trailer();
        } catch (IOException | RuntimeException e) {
            deleteQuietly(target);
            throw new StoreException(ReasonCode.STATE_MIGRATION_HASH_MISMATCH, "the backup " + target
                    + " did not read back (" + e.getMessage() + "); it was removed", e);
        }
        if (readBack.isEmpty() || !readBack.get().equals(written)) {
            deleteQuietly(target);
            throw new StoreException(ReasonCode.STATE_MIGRATION_HASH_MISMATCH, "the backup " + target
                    + " does not read back as written; it was removed");
        }
        return written.contentHash();
    }

    private static void refuseExisting(Path target) {
        if (Files.exists(target)) {
            throw new StoreException(ReasonCode.BACKUP_TARGET_EXISTS, "the backup target " + target
                    + " already exists; it is never overwritten: choose another name or remove it");
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-wal"));
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-shm"));
        } catch (IOException ignored) {
            // the failure being reported matters more than a leftover file
        }
    }
}
