/**
 * The export record codec (docs/FORMAT.md), written once: what {@code store export} writes, what
 * {@code store import} reads, and what the JSON store keeps as its snapshot.
 * <ul>
 *   <li>{@link io.runledger.format.record.RecordLines}: a run, step or audit event as its canonical line and back
 *       ({@code read}: one line, in one pass when it is canonical);
 *       {@code CanonicalRecordLines} and {@code CanonicalCursor}: the one-pass path for lines already canonical.</li>
 *   <li>{@link io.runledger.format.record.AuditChain}: the audit chain, defined once (genesis, one SHA-256
 *       step per event over the previous chain and the event's canonical line); {@code ChainedLines} reads
 *       the audit line that carries {@code seq} and {@code chain} (format version 2's), which
 *       {@code RecordLines.toLine(event, link)} writes; the JSON store's snapshot and journal hold such lines.
 *       {@link io.runledger.format.record.ImportedChain}: checks a chain whose events arrive in another order
 *       than their positions (an export's audit lines, by event id), in bounded memory, spilling to temporary
 *       files that it deletes when it finishes or is closed (an {@code ExportReader} closes its own); {@link io.runledger.format.record.ImportPositions}: the one rule of which positions an import
 *       gives (kept from a version 2 file, after the target's head for version 1) and where the target's
 *       head and anchor end up.</li>
 *   <li>{@link io.runledger.format.record.ExportHeader}, {@code ExportTrailer}, {@link io.runledger.format.record.ExportSummary},
 *       {@link io.runledger.format.record.RecordCounts}: the first and last lines and what they state.</li>
 *   <li>{@code RecordOrder}: canonical order and unique ids; {@link io.runledger.format.record.ContentHash},
 *       {@link io.runledger.format.record.ContentTally}, {@link io.runledger.format.record.ConfigHash}: the hashes.</li>
 *   <li>{@link io.runledger.format.record.ExportReader}, {@link io.runledger.format.record.ExportWriter},
 *       {@link io.runledger.format.record.ExportLines} (the strict line reader, also of the JSON store's files):
 *       streaming files in bounded memory; {@link io.runledger.format.record.OlderSchemaLines}: how a reader takes
 *       record lines of an older schema (the JSON store's runs before schema 3);
 *       {@link io.runledger.format.record.RecordPipe}: a store's export as a pull iterator on a thread of its own.</li>
 * </ul>
 */
package io.runledger.format.record;
