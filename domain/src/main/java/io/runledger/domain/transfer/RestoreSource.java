package io.runledger.domain.transfer;

import io.runledger.format.record.ExportHeader;
import io.runledger.format.record.ExportReader;
import io.runledger.format.record.ExportSummary;
import io.runledger.format.record.ExportWriter;
import io.runledger.storage.api.NativeBackup;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreAdmin;
import io.runledger.storage.api.StoreContents;
import io.runledger.storage.api.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A file to restore from, verified in full when it is opened, before any store is touched: an export
 * (FORMAT.md, gzip or not, recognised by its first character) is read to its end, every record and the
 * trailer's counts and content hash checked; anything else must be a native backup of the target's
 * backend ({@link StoreAdmin#openBackup}), which its adapter checks for integrity and which is then read
 * in full for its content hash, compared with the hash recorded in it when it was written (a backup
 * from before backups recorded one is checked for integrity only: {@link #hashRecorded()} is false).
 * {@link #fill} moves the verified content into a store and checks the store's hash against it. Also
 * how {@code db backups} re-verifies a backup.
 */
public final class RestoreSource implements AutoCloseable {
    /** Records handed from the backup's reader thread at a time while it is hashed again in version 1. */
    private static final int SUMMARY_CHUNK = 500;
    private final Path file;
    private final int schemaHead;
    private final Optional<NativeBackup> nativeBackup;
    private final int schemaVersion;
    private final ExportSummary verified;

    private RestoreSource(Path file, int schemaHead, Optional<NativeBackup> nativeBackup, int schemaVersion,
                          ExportSummary verified) {
        this.file = file;
        this.schemaHead = schemaHead;
        this.nativeBackup = nativeBackup;
        this.schemaVersion = schemaVersion;
        this.verified = verified;
    }

    /**
     * Opens and verifies {@code file} for a store of {@code admin}'s backend whose binary is at
     * {@code schemaHead}. Raises {@link ReasonCode#STATE_MIGRATION_SOURCE_MISSING} for a missing file,
     * {@link ReasonCode#IMPORT_FORMAT_INVALID} for one that is neither an export nor a native backup of this
     * backend, {@link ReasonCode#STATE_MIGRATION_HASH_MISMATCH} for an export whose trailer does not match its
     * records, {@link ReasonCode#INTEGRITY_CHECK_FAILED} for a native backup whose content no longer has
     * the hash recorded in it, and what {@link StoreAdmin#openBackup} raises for a damaged native backup.
     */
    public static RestoreSource open(Path file, StoreAdmin admin, int schemaHead) {
        try (InputStream in = FileInput.decoded(FileInput.open(file), n -> { })) {
            in.mark(1);
            boolean export = in.read() == '{';
            in.reset();
            if (export) {
                try (ExportReader reader = ExportReader.open(in, schemaHead)) {
                    reader.forEachRemaining(record -> { });
                    ExportSummary stated = reader.trailer().orElseThrow(() -> new IllegalStateException("an export read to its end has a trailer"));
                    return new RestoreSource(file, schemaHead, Optional.empty(), reader.header().schemaVersion(), stated);
                }
            }
        } catch (IOException e) {
            throw new StoreException(ReasonCode.IMPORT_FORMAT_INVALID, "line 1: " + file + " cannot be read (" + e.getMessage() + ")", e);
        }
        NativeBackup backup = admin.openBackup(file).orElseThrow(() -> new StoreException(ReasonCode.IMPORT_FORMAT_INVALID,
                "line 1: " + file + " is not an export file (docs/FORMAT.md), and the " + admin.status().backend()
                        + " backend has no native backups (a native backup restores only into the backend that took it)"));
        try {
            ExportSummary found = ExportWriter.summarize(backup.store().contents());
            backup.recordedContentHash().ifPresent(recorded -> requireRecorded(file, recorded, found.contentHash(),
                    () -> ExportWriter.summarize(backup.store().contents(), SUMMARY_CHUNK, ExportHeader.FORMAT_VERSION)
                            .contentHash()));
            return new RestoreSource(file, schemaHead, Optional.of(backup), backup.schemaVersion(), found);
        } catch (RuntimeException e) {
            backup.close();
            throw e;
        }
    }

    /**
     * A backup records the content hash of format version 2 (positions included); one written before
     * hashes covered positions recorded version 1's, which {@code foundUnchained} computes when needed.
     */
    private static void requireRecorded(Path file, String recorded, String found, Supplier<String> foundUnchained) {
        if (!recorded.equals(found) && !recorded.equals(foundUnchained.get())) {
            throw new StoreException(ReasonCode.INTEGRITY_CHECK_FAILED, "the backup " + file + " was written with "
                    + "content hash " + recorded + " but its content now hashes to " + found + ": it was changed or "
                    + "damaged since; it cannot be used, take or choose another (nothing was touched)");
        }
    }

    /** What the source is, in a few words: {@code export} or {@code native backup}. */
    public String kind() {
        return nativeBackup.isPresent() ? "native backup" : "export";
    }

    /** The schema version the file was written at. */
    public int schemaVersion() {
        return schemaVersion;
    }

    /**
     * Whether the file records the content hash it was written with, which the verification compared:
     * always for an export (its trailer); for a native backup, unless it was written before backups
     * recorded one (then only its integrity was checked).
     */
    public boolean hashRecorded() {
        return nativeBackup.map(backup -> backup.recordedContentHash().isPresent()).orElse(true);
    }

    /** The counts and content hash the verification found. */
    public ExportSummary verified() {
        return verified;
    }

    /**
     * Moves the verified content into {@code target} with {@code transfer} (into an empty store, or
     * replacing, as the transfer says) and returns the target's summary, which equals {@link #verified()}:
     * an export is read again and must still match what was verified.
     */
    public ExportSummary fill(Transfer transfer, StoreContents target) {
        if (nativeBackup.isPresent()) {
            return requireVerified(transfer.copy(nativeBackup.get().store().contents(), target));
        }
        try (InputStream in = FileInput.decoded(FileInput.open(file), n -> { });
             ExportReader reader = ExportReader.open(in, schemaHead)) {
            return requireVerified(transfer.load(reader, target));
        } catch (IOException e) {
            throw new StoreException(ReasonCode.STORE_UNAVAILABLE, "cannot read " + file + " again: " + e.getMessage(), e);
        }
    }

    private ExportSummary requireVerified(ExportSummary restored) {
        if (!restored.equals(verified)) {
            throw new StoreException(ReasonCode.STATE_MIGRATION_HASH_MISMATCH, file + " changed while it was restored (it "
                    + "was verified with " + verified.contentHash() + ", read again as " + restored.contentHash() + ")");
        }
        return restored;
    }

    @Override
    public void close() {
        nativeBackup.ifPresent(NativeBackup::close);
    }
}
