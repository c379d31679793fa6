package io.runledger.cli;

import io.runledger.bootstrap.LedgerRuntime;
import io.runledger.cli.transfer.ExportFileSource;
import io.runledger.cli.transfer.ExportFileTarget;
import io.runledger.domain.ExportHeader;
import io.runledger.domain.ExportReader;
import io.runledger.domain.ExportSummary;
import io.runledger.domain.ExportWriter;
import io.runledger.domain.Timestamps;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.Store;
import io.runledger.storage.api.StoreAdmin;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.StoreSpec;
import io.runledger.storage.api.StoreStatus;
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
 * export (docs/FORMAT.md), read back in full and checked against its own trailer and the written hash.
 */
final class StoreBackup {
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
        status.requireAtHead();
        return "export (docs/FORMAT.md), read back and verified, content hash " + export(target, status);
    }

    /**
     * The backup {@code db migrate --backup} takes of a store with pending migrations, before applying
     * them: a native snapshot beside the store, named by {@link #besideStore}. A JSON store keeps a copy of
     * its files itself when upgraded. Other backends cannot export a store below the head, so they are
     * refused with {@link ReasonCode#CONFIG_INVALID} before anything is changed. Returns what was done.
     */
    String beforeMigrating(StoreStatus status) {
        StoreAdmin admin = runtime.admin();
        Optional<String> suffix = admin.nativeBackupSuffix();
        if (suffix.isPresent()) {
            Path target = besideStore(Path.of(runtime.config().location().value()), status.schemaVersion(), suffix.get(),
                    Clock.systemUTC());
            admin.backupTo(target);
            return "Backed up the store at schema version " + status.schemaVersion() + " to " + target
                    + " (native snapshot, integrity checked).";
        }
        if (status.backend().equals("json")) {
            return "The json store keeps a copy of its files itself before upgrading them "
                    + "(state.json.schema-" + status.schemaVersion() + "-backup-<time> beside it).";
        }
        throw new StoreException(ReasonCode.CONFIG_INVALID, "--backup cannot back up the " + status.backend()
                + " store at schema version " + status.schemaVersion() + ": its backups are exports, which need the "
                + "head schema; take a backup of the database itself (e.g. pg_dump), then run `runledger db migrate` "
                + "without --backup (nothing was changed)");
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

    private String export(Path target, StoreStatus status) {
        ExportHeader header = new ExportHeader(Timestamps.now(Clock.systemUTC()), status.schemaVersion(),
                runtime.config().backend().value());
        ExportSummary written;
        try (ExportFileTarget file = ExportFileTarget.create(target)) {
            written = new ExportWriter(file.stream(), n -> { }).write(header, runtime.store().contents());
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
