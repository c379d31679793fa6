/**
 * Moving a whole store, verified: copy, load and backup, any backend to any backend (FORMAT.md).
 *
 * <ul>
 *   <li>{@link io.runledger.domain.transfer.Transfer}: {@code copy} (store → empty store, what
 *       {@code store migrate} does) and {@code load} (export file → empty store), each hashing both
 *       sides and comparing. A producer thread reads and hashes the source while the caller's thread
 *       writes the target through one import unit, with a bounded queue between them.</li>
 *   <li>{@link io.runledger.domain.transfer.TransferTarget}: a target created for a transfer is removed
 *       again by its own admin when filling it fails; a target that existed is never touched.</li>
 *   <li>{@link io.runledger.domain.transfer.StoreBackup}: verified backups, native where the backend has
 *       a snapshot, an export otherwise; published under their name only once verified.</li>
 *   <li>{@link io.runledger.domain.transfer.AuditPruning} ({@code audit prune}): selects the old events
 *       ({@link io.runledger.domain.transfer.PruneSelection}, with the runs they name and their steps as
 *       context), archives them as a verified export file, then deletes exactly those events by id with
 *       the prune record; {@code ArchiveCheck} reads a written export back in full before it is named
 *       (backups and archives).</li>
 *   <li>{@link io.runledger.domain.transfer.PublishedFile} and {@link io.runledger.domain.transfer.FileInput}:
 *       an export written to a temporary file and linked to its name when complete, durably (storage-api's
 *       {@code FilePublisher} syncs the directory after the link); an export read
 *       from a file or standard input, gzip or not.</li>
 * </ul>
 *
 * Exports and backups are not store files: a store's own files are only touched by its adapter.
 */
package io.runledger.domain.transfer;
