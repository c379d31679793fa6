package io.runledger.storage.api;

import java.util.Objects;
import java.util.Optional;

/**
 * A native backup opened for reading ({@link StoreAdmin#openBackup}): the schema version the backup
 * file was taken at, the content hash recorded in it when it was written, and a store over a private
 * copy of it at this binary's head. Closing it closes the store and removes the copy; the backup file
 * is never changed.
 *
 * @param schemaVersion       the schema version of the backup file itself
 * @param store               the copy, at the head, for reading its content
 * @param recordedContentHash the content hash {@link StoreAdmin#recordBackupHash} recorded in the file;
 *                            empty for a backup written before backups recorded one
 * @param discard             removes the copy once the store is closed; never throws
 */
public record NativeBackup(int schemaVersion, Store store, Optional<String> recordedContentHash, Runnable discard)
        implements AutoCloseable {
    public NativeBackup {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(recordedContentHash, "recordedContentHash");
        Objects.requireNonNull(discard, "discard");
    }

    @Override
    public void close() {
        try {
            store.close();
        } finally {
            discard.run();
        }
    }
}
