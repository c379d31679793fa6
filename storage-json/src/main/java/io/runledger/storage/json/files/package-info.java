/**
 * The files of one JSON store on disk, below the snapshot and the journal.
 * <ul>
 *   <li>{@code StoreFiles}: the names beside the configured snapshot, and the single-writer lock
 *       {@code state.json.lock} (storage-support's {@code LockFile}).</li>
 *   <li>{@code DurableFiles}: the one way a file is replaced (temporary file, fsync, atomic rename, fsync of the
 *       directory), renamed or copied durably.</li>
 *   <li>{@code IoFailures}: I/O failures and damage as the store reports them ({@code store_corrupt} naming file and line).</li>
 * </ul>
 */
package io.runledger.storage.json.files;
