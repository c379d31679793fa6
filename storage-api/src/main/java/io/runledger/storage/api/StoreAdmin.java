package io.runledger.storage.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Administration of one store: status, schema migration, checks, maintenance. Obtaining and using a
 * StoreAdmin never creates a store, except {@link #migrate(boolean)} without a dry run.
 */
public interface StoreAdmin extends AutoCloseable {
    /** Where the store stands; never creates or changes anything. */
    StoreStatus status();

    /**
     * What the store occupies and the space left beside it (see {@link StoreFootprint}); reads sizes
     * only, never creates, opens for writing or locks anything. A store that does not exist occupies 0
     * bytes. Backends that cannot tell answer {@link StoreFootprint#UNKNOWN}; failures raise
     * {@link StoreException} as {@link #status()} does.
     */
    default StoreFootprint footprint() {
        return StoreFootprint.UNKNOWN;
    }

    /**
     * Brings the store to this binary's schema head, creating it (parent directories included) when
     * it does not exist. Raises {@link ReasonCode#SCHEMA_NEWER_THAN_BINARY} without writing anything
     * for a store that is ahead of the binary. A dry run reports what would be applied and writes nothing.
     */
    MigrationReport migrate(boolean dryRun);

    /**
     * Diagnostic checks (reachability, integrity, settings) of an existing store, read-only.
     * Raises {@link ReasonCode#STORE_NOT_INITIALIZED} for a store that does not exist.
     */
    List<Check> check();

    /** Reclaims free space; raises {@link ReasonCode#STORE_NOT_INITIALIZED} for a missing store. */
    void vacuum();

    /**
     * The file name ending of a native snapshot taken by {@link #backupTo(Path)}, e.g. {@code .sqlite};
     * empty when this backend has no native snapshot, and a backup of it is an export (FORMAT.md).
     */
    default Optional<String> nativeBackupSuffix() {
        return Optional.empty();
    }

    /**
     * Writes a consistent native snapshot of the existing store to {@code file} while the store stays
     * online, checks the copy's integrity, and only then makes it appear under its name (a failed
     * backup leaves no file that looks valid). Works at any schema version this binary can read.
     * Raises {@link ReasonCode#BACKUP_TARGET_EXISTS} when {@code file} exists (it is never overwritten),
     * {@link ReasonCode#STORE_NOT_INITIALIZED} for a missing store, {@link ReasonCode#INTEGRITY_CHECK_FAILED}
     * when the copy is damaged. Backends without {@link #nativeBackupSuffix()} raise
     * {@link ReasonCode#INTERNAL_ERROR}: callers take an export instead.
     */
    default void backupTo(Path file) {
        throw new StoreException(ReasonCode.INTERNAL_ERROR, "this backend has no native backup; take an export instead");
    }

    /**
     * Records {@code contentHash} (FORMAT.md's content hash of what the backup holds, read at the head,
     * as the caller computed it) inside the native backup {@code backup} that {@link #backupTo(Path)}
     * wrote and that has not been published yet, durably; {@link #openBackup} returns it as
     * {@link NativeBackup#recordedContentHash()}, so a backup whose content changed afterwards is told
     * from a sound one. The content hash covers records only, so recording it does not change it.
     * Backends without {@link #nativeBackupSuffix()} raise {@link ReasonCode#INTERNAL_ERROR}.
     */
    default void recordBackupHash(Path backup, String contentHash) {
        throw new StoreException(ReasonCode.INTERNAL_ERROR, "this backend has no native backup to record a hash in");
    }

    /**
     * Opens the native backup {@code backup} (a file {@link #backupTo(Path)} wrote, at any schema version
     * this binary can read) as a store of its own, for reading, leaving the file itself unchanged: the
     * adapter checks a private copy beside the backup for integrity, brings the copy to the head, and
     * removes the copy when the returned backup is closed. Empty when this backend has no native
     * backup ({@link #nativeBackupSuffix()}). Raises {@link ReasonCode#STATE_MIGRATION_SOURCE_MISSING} for
     * a missing file, {@link ReasonCode#IMPORT_FORMAT_INVALID} for a file that is not a backup of this
     * backend, {@link ReasonCode#INTEGRITY_CHECK_FAILED} for a damaged one and
     * {@link ReasonCode#SCHEMA_NEWER_THAN_BINARY} for one newer than the binary.
     */
    default Optional<NativeBackup> openBackup(Path backup) {
        return Optional.empty();
    }

    /**
     * The store's content as this binary's pending migrations will leave it, read from one consistent
     * snapshot of the store as it is now, changing nothing: what an export taken right after
     * {@link #migrate(boolean)} would hold. It lets a store below the head be backed up as an export
     * before it is migrated. Empty when the backend cannot read an older store so (it then has a
     * native backup, or keeps a copy of its own when upgrading). Reading raises what opening the
     * store would, except {@link ReasonCode#SCHEMA_PENDING}; importing into these contents is refused.
     */
    default Optional<StoreContents> contentsAsMigrated() {
        return Optional.empty();
    }

    /**
     * Undoes the creation of the store by this admin's own {@link #migrate(boolean)}, for a command
     * that created its target and then failed (a refused import or transfer), so that no empty store
     * is left where there was none. Removes only what that migration created (nothing that existed
     * before it), and only while the store holds no run, step or audit event; does nothing when this
     * admin created no store. Call it after closing every {@link Store} this process opened on the
     * store (a file store's files are removed only once they are closed). Returns whether anything
     * was removed; failures raise {@link StoreException} as other calls do. Every shipped backend
     * implements it (a file backend removes the files and directories its migration made); the
     * default removes nothing.
     */
    default boolean removeCreatedStore() {
        return false;
    }

    /**
     * The audit chain and prune records as committed now, read without opening the store: without
     * waiting for its writer (the JSON store's lock) and without building what writing needs (the ORM),
     * for the commands that only read them ({@code doctor}, {@code audit head}, {@code audit verify}).
     * The history reads committed data at each call. Raises what {@link #status()} raises, and
     * {@link ReasonCode#STORE_NOT_INITIALIZED} or a schema reason when the store is missing or not at
     * this binary's head; never creates or changes anything. Empty when the backend has no such read
     * (the caller then opens the store); every shipped backend has one.
     */
    default Optional<CommittedAudit> committedAudit() {
        return Optional.empty();
    }

    /** Releases every handle; never throws. */
    @Override
    void close();
}
