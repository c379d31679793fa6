/**
 * The JSON store: the provider, its administration, the open store and its ports over one engine that
 * keeps the content in memory. The files it works on have packages of their own, each depending only
 * on those below it: {@code journal} → {@code snapshot} → {@code files}.
 * <ul>
 *   <li>Ports: {@code JsonStorageProvider}, {@code JsonStore}, {@code JsonAdmin}, {@code JsonRuns},
 *       {@code JsonSteps}, {@code JsonAuditLog} (new events take the next audit chain positions),
 *       {@code JsonAuditHistory} (the chain's head, events in {@code seq} order and anchor, over {@code LedgerReads}: the
 *       open store's ledger, or one {@code JsonAdmin.committedAudit()} loaded without the lock), {@code JsonAuditRetention} (a prune
 *       of the chain's prefix is a new snapshot without the events, see {@code JournaledLedger.prune}), {@code JsonContents}, {@code MigratedContents}, {@code JsonChecks},
 *       {@code JsonOptions}.</li>
 *   <li>Engine: {@code JournaledLedger} (writes, compaction, the store lock), {@code Ledger} (the content in
 *       memory, with each event's chain position, the head, which a prune never moves back, and the
 *       anchor of the latest prune, below which the head never goes, even across reopening),
 *       {@code Planned}, {@code Pages}, {@code ReadBack} (nothing is acknowledged that would not read back).</li>
 *   <li>Recovery: {@code StoreLoader} (the snapshot, then the journal replayed over it), {@code LoadedStore}.</li>
 *   <li>Schema: {@code SchemaUpgrade} (a store at an older schema copied aside, then written again at the head).</li>
 * </ul>
 */
package io.runledger.storage.json;
