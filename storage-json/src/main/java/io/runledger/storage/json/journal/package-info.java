/**
 * The journal {@code state.json.journal}: the writes since the snapshot it continues, one fsync'd line
 * each, carrying the same record lines as the snapshot.
 * <ul>
 *   <li>{@code JournalHeader} (which snapshot it continues), {@code JournalLine} (CRC-32C framing),
 *       {@code JournalEntry} (an op and its record lines; from schema 6 an audit event's line carries its
 *       chain position).</li>
 *   <li>{@code JournalWriter} (append and fsync), {@code JournalReader} (replay; only a torn last line is
 *       tolerated), {@code JournalScan} (what reading it found).</li>
 * </ul>
 */
package io.runledger.storage.json.journal;
