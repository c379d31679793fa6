/**
 * The JSON store. Its snapshot {@code state.json} is an export file, written and read by the record
 * format ({@code io.runledger.format.record}); its journal carries the same record lines.
 * <ul>
 *   <li>Ports: {@code JsonStorageProvider}, {@code JsonStore}, {@code JsonAdmin}, {@code JsonRuns},
 *       {@code JsonSteps}, {@code JsonAuditLog}, {@code JsonContents}, {@code MigratedContents}, {@code JsonChecks}.</li>
 *   <li>Engine: {@code JournaledLedger} (writes, compaction), {@code Ledger} (the content in memory),
 *       {@code Planned}, {@code Pages}, {@code ReadBack} (nothing is acknowledged that would not read back).</li>
 *   <li>Snapshot: {@code SnapshotFile} (the format's ExportWriter and ExportReader, damage as {@code store_corrupt}),
 *       {@code LoadedSnapshot}, {@code StoreLoader}, {@code LoadedStore}.</li>
 *   <li>Journal: {@code JournalHeader}, {@code JournalLine} (CRC-32C framing), {@code JournalEntry} (an op and
 *       its record lines), {@code JournalWriter}, {@code JournalReader}, {@code JournalScan}.</li>
 *   <li>Schema: {@code JsonSchema}, {@code SchemaUpgrade}, {@code EarlyRunLines} (run lines before schema 3).</li>
 *   <li>Files and lock: {@code StoreFiles}, {@code DurableFiles}, {@code IoFailures}, the store lock (storage-support {@code LockFile}), {@code JsonOptions}.</li>
 * </ul>
 */
package io.runledger.storage.json;
