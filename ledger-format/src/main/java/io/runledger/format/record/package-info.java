/**
 * The export record codec (docs/FORMAT.md), written once: what {@code store export} writes, what
 * {@code store import} reads, and what the JSON store keeps as its snapshot.
 * <ul>
 *   <li>{@link io.runledger.format.record.RecordLines}: a run, step or audit event as its canonical line and back;
 *       {@code CanonicalRecordLines} and {@code CanonicalCursor}: the one-pass path for lines already canonical.</li>
 *   <li>{@link io.runledger.format.record.ExportHeader}, {@code ExportTrailer}, {@link io.runledger.format.record.ExportSummary},
 *       {@link io.runledger.format.record.RecordCounts}: the first and last lines and what they state.</li>
 *   <li>{@code RecordOrder}: canonical order and unique ids; {@link io.runledger.format.record.ContentHash},
 *       {@link io.runledger.format.record.ContentTally}, {@link io.runledger.format.record.ConfigHash}: the hashes.</li>
 *   <li>{@link io.runledger.format.record.ExportReader}, {@link io.runledger.format.record.ExportWriter},
 *       {@code ExportLines} (the strict line reader): streaming files in bounded memory;
 *       {@link io.runledger.format.record.RecordPipe}: a store's export as a pull iterator on a thread of its own.</li>
 * </ul>
 */
package io.runledger.format.record;
