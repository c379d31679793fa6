/**
 * The snapshot {@code state.json}: an export file, written and read by the record format
 * ({@code io.runledger.format.record}), and the schema versions its header states.
 * <ul>
 *   <li>{@code SnapshotFile} (the format's ExportWriter and ExportReader, damage as {@code store_corrupt}),
 *       {@code SnapshotScan} (what reading it found).</li>
 *   <li>{@code PruneFile}: the prune records beside the snapshot ({@code state.json.prunes}), each
 *       with its chain anchor (schema 8) and naming the snapshot that commits it, so a record whose snapshot never replaced the old one
 *       (a crash between the two renames) is skipped by readers and dropped by the next writer.</li>
 *   <li>{@code JsonSchema} (the logical schema versions), {@code EarlyRunLines} (run lines before schema 3, in the
 *       snapshot and in the journal beside it).</li>
 * </ul>
 */
package io.runledger.storage.json.snapshot;
