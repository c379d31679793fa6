/**
 * Moving a whole store, verified: copy, load, backup and restore, any backend to any backend
 * (FORMAT.md), and upgrading a store in place behind a backup.
 *
 * <ul>
 *   <li>{@link io.runledger.domain.transfer.Transfer}: {@code copy} (store → empty store, what
 *       {@code store migrate} does) and {@code load} (export file → empty store), each hashing both
 *       sides and comparing; {@code replacing()} makes either replace a store's whole content in one unit
 *       instead. A producer thread reads and hashes the source while the caller's thread
 *       writes the target through one import unit, with a bounded queue between them.</li>
 *   <li>{@link io.runledger.domain.transfer.TransferTarget}: a target created for a transfer is removed
 *       again by its own admin when filling it fails; a target that existed is never touched.</li>
 *   <li>{@link io.runledger.domain.transfer.StoreBackup}: verified backups, native where the backend has
 *       a snapshot, an export otherwise; published under their name only once verified. It also takes the
 *       backup a replacing restore keeps beside the store ({@code beforeRestoring}) and the rotated ones
 *       ({@code takeOnto} a {@link io.runledger.domain.transfer.BackupShelf}). Every backup carries the
 *       content hash it was written with: an export in its trailer; a native backup in a row of its own
 *       {@code meta} table, written by its adapter ({@code StoreAdmin.recordBackupHash}) into the copy
 *       before the copy gets its name.</li>
 *   <li>{@link io.runledger.domain.transfer.BackupShelf}: this store's timestamped backups in
 *       {@code backup.dir}, recognised by their exact name pattern; keeps the newest N, never removing the
 *       one just written nor any other file, and re-verifies each for listing
 *       ({@link io.runledger.domain.transfer.ShelvedBackup}); {@link io.runledger.domain.transfer.RotatedBackup}
 *       says what a rotated backup did. {@code BackupNames}: how these files are named.</li>
 *   <li>{@link io.runledger.domain.transfer.StoreRestore}: {@code db restore}: refuses a store that holds
 *       anything unless asked to replace it, verifies the source in full
 *       ({@link io.runledger.domain.transfer.RestoreSource}: an export read to its end, or a native backup
 *       opened through its adapter's {@code openBackup}) before touching the store, keeps a verified
 *       backup of a store it replaces, fills the store in one unit and checks its hash
 *       ({@link io.runledger.domain.transfer.RestoreOutcome}).</li>
 *   <li>{@link io.runledger.domain.transfer.SchemaUpgrade}: the one way to bring a store to the schema head
 *       ({@code db migrate}, {@code serve}, a write on a missing store): the backup {@code migrate.backup}
 *       asks for first, then the adapter's guarded migrate, which also repairs records an interrupted
 *       migrator left behind.</li>
 *   <li>{@link io.runledger.domain.transfer.AuditPruning} ({@code audit prune}): selects a prefix of the
 *       audit chain whose events are old enough ({@link io.runledger.domain.transfer.PruneSelection}, with
 *       the runs they name and their steps as context, and the old events it keeps), archives them as a
 *       verified export file, then deletes exactly those events by id with the prune record and its
 *       anchor; {@code ArchiveCheck} reads a written export back in full before it is named (backups and
 *       archives); {@link io.runledger.domain.transfer.PrunedArchive} ({@code audit verify --archive})
 *       checks a kept archive against the prune record naming its content hash.</li>
 *   <li>{@link io.runledger.domain.transfer.PublishedFile} and {@link io.runledger.domain.transfer.FileInput}:
 *       an export written to a temporary file and linked to its name when complete, durably (storage-api's
 *       {@code FilePublisher} syncs the directory after the link); an export read
 *       from a file or standard input, gzip or not.</li>
 * </ul>
 *
 * <p>Why a native backup records its hash inside itself rather than in a file beside it: the content
 * hash covers the records only (runs, steps, audit events; FORMAT.md), not {@code meta}, so the row
 * does not change the hash it records, and re-verifying recomputes the hash from the records and
 * compares it with the row. The row is published with the backup in one atomic link and travels with
 * every copy, move or rotation of it, so a verification always finds it; a separate file could be
 * lost, left behind or paired with the wrong backup, and a backup whose companion went missing would
 * silently verify by integrity only. Neither is a signature against a deliberate forger who rewrites
 * the row too; both catch a damaged disk or a careless edit of a value. A backup written before
 * backups recorded a hash has no row: it still lists and restores, verified by integrity and read in
 * full, and says "hash not recorded". A mismatch is a damaged backup ({@code integrity_check_failed}):
 * {@code db backups} flags it and {@code db restore} refuses it before touching the store.
 *
 * <p>Exports and backups are not store files: a store's own files are only touched by its adapter.
 */
package io.runledger.domain.transfer;
