package io.runledger.domain.transfer;

import io.runledger.format.record.ExportSummary;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.Store;
import io.runledger.storage.api.StoreAdmin;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.StoreStatus;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Restores one store from an export file or a native backup, so that a restore can always be undone:
 * <ol>
 *   <li>a store that holds anything is refused unless it is to be replaced
 *       ({@link ReasonCode#STATE_MIGRATION_TARGET_EXISTS}, nothing changed);</li>
 *   <li>the source is verified in full ({@link RestoreSource}: its records against the content hash it
 *       records) before the store is touched;</li>
 *   <li>a store to be replaced is first backed up beside itself and that backup verified
 *       ({@link StoreBackup#beforeRestoring});</li>
 *   <li>the content goes in as one unit: into an empty or missing store as an import (a store created for
 *       it is removed again if that fails, {@link TransferTarget}), over an existing one with
 *       {@link io.runledger.storage.api.StoreContents#replaceWith}, so a failed or killed restore leaves the
 *       old content or the new, never a mix;</li>
 *   <li>the store's content hash afterwards must equal the source's.</li>
 * </ol>
 */
public final class StoreRestore {
    /** Records handed from the source's reader to the store's writer at a time. */
    private static final int CHUNK = 500;

    private final StoreAdmin admin;
    private final Supplier<Store> read;
    private final Supplier<Store> write;
    private final StoreBackup backups;
    private final Path workingDir;

    /**
     * Restores into the store {@code admin} administers; {@code read} opens it as it is (never creating
     * it), {@code write} for writing (creating a missing store at the head); {@code backups} takes the
     * backup of a store to be replaced, placed as {@link StoreBackup#beforeRestoring} says.
     */
    public StoreRestore(StoreAdmin admin, Supplier<Store> read, Supplier<Store> write, StoreBackup backups, Path workingDir) {
        this.admin = admin;
        this.read = read;
        this.write = write;
        this.backups = backups;
        this.workingDir = workingDir;
    }

    /** Restores {@code from} into the store; {@code replace} allows replacing a store that holds anything. */
    public RestoreOutcome restore(Path from, boolean replace) {
        StoreStatus status = admin.status();
        status.requireNotNewer();
        if (status.initialized()) {
            status.requireAtHead();
        }
        boolean holdsContent = status.initialized() && !read.get().contents().isEmpty();
        if (holdsContent && !replace) {
            throw new StoreException(ReasonCode.STATE_MIGRATION_TARGET_EXISTS, "the " + status.backend() + " store at "
                    + status.location() + " holds content; a restore never merges into it: pass --replace to replace it "
                    + "(a verified backup of it is kept beside it first), or restore into another store (nothing was changed)");
        }
        Transfer transfer = new Transfer(CHUNK, done -> { });
        try (RestoreSource source = RestoreSource.open(from, admin, status.schemaHead())) {
            if (!holdsContent) {
                ExportSummary restored = TransferTarget.fill(admin, write, store -> source.fill(transfer, store.contents()));
                return new RestoreOutcome(source.kind(), restored, source.hashRecorded(), Optional.empty());
            }
            Path undo = backups.beforeRestoring(workingDir);
            ExportSummary restored = source.fill(transfer.replacing(), write.get().contents());
            return new RestoreOutcome(source.kind(), restored, source.hashRecorded(), Optional.of(undo));
        }
    }
}
