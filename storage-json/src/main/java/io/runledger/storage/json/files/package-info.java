/**
 * The files of one JSON store on disk, below the snapshot and the journal. Every file is
 * replaced, renamed or copied through storage-support's {@code DurableFiles}.
 * <ul>
 *   <li>{@code StoreFiles}: the names beside the configured snapshot, and the single-writer lock
 *       {@code state.json.lock} (storage-support's {@code LockFile}).</li>
 *   <li>{@code IoFailures}: I/O failures and damage as the store reports them ({@code store_corrupt} naming file and line),
 *       and a file of another format or version ({@code schema_drift}).</li>
 *   <li>{@code FormatHeader}: tells a header of another format or version from a damaged one.</li>
 * </ul>
 */
package io.runledger.storage.json.files;
