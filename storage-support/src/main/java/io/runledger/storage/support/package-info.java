/**
 * Plumbing the storage adapters share, exported to them only.
 *
 * <ul>
 *   <li>{@link io.runledger.storage.support.LockFile}: the holder-naming OS file lock, used by
 *       SQLite's migration lock ({@code <database>.lock}) and the JSON store's single-writer lock
 *       ({@code state.json.lock}).</li>
 *   <li>{@link io.runledger.storage.support.LockWait}: the bounded wait (poll with a deadline) of every
 *       lock wait, the PostgreSQL advisory lock included.</li>
 *   <li>{@link io.runledger.storage.support.DurableFiles}: the one home of "publish durably" — replace
 *       (temporary file, fsync, atomic rename, fsync of the directory), rename, copy, and publish a
 *       new name with a hard link, each followed by an fsync of the directory. Used by the JSON store
 *       (snapshot, journal), SQLite's backup, and, as storage-api's {@code FilePublisher} found with
 *       {@code ServiceLoader}, by the domain for exports and backups.</li>
 *   <li>{@link io.runledger.storage.support.FileFailures}: {@code IOException} to {@code storage_full}
 *       or {@code store_unavailable}.</li>
 *   <li>{@link io.runledger.storage.support.FileFootprint}: a file store's size on disk and the usable
 *       space of its volume (storage-api's {@code StoreFootprint}), for SQLite and the JSON store.</li>
 * </ul>
 */
package io.runledger.storage.support;
