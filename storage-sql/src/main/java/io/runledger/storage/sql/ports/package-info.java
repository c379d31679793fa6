/**
 * The storage-api ports over the {@code jdbc} row mappings, and Hibernate for the audit log's queries.
 *
 * <ul>
 *   <li>{@code SqlSessions}: units of work on a Hibernate {@code SessionFactory} (built on first use) and a reader pool:
 *       write transactions in plain JDBC (retried when they lose a race), the exclusive write of an
 *       import or a restore (every other writer kept out from its emptiness check to its commit), read
 *       transactions (in a session for the audit queries, else plain JDBC), single statements;
 *       {@code ConnectionWork} is a unit of work in plain JDBC; every failure leaves through the {@code errors} translation.
 *       Each write transaction checks the store's {@code SchemaWindow} first; {@code ReadWindow} checks
 *       it for reads at most once a second.</li>
 *   <li>{@code SqlRuns}, {@code SqlSteps}, {@code SqlAuditLog}, {@code SqlAuditRetention} (the check that the
 *       events are the chain's prefix up to the record's anchor, the deletes by event id and the prune
 *       record in one write transaction), {@code SqlAuditHistory} (the audit chain's head, events in
 *       {@code seq} order and anchor; a restore clears the records' anchors), {@code SqlStoreContents}: the ports;
 *       {@code CommittedAuditReads} is the admins' {@code committedAudit()}: the same reads on plain JDBC
 *       connections of the admin, without the ORM; an append
 *       and an import extend the audit chain once per transaction after claiming its head (locked
 *       {@code FOR UPDATE} on PostgreSQL), except that an append whose store committed the head last
 *       moves it from there without reading it ({@code KnownChainHead}: the head that store's appends
 *       last committed; claimed again when another writer moved the row), on PostgreSQL in the same
 *       statement as its inserts (the database's {@code ChainedAuditInserts}, from {@code SqlSessions});
 *       {@code ExistingRows} looks up and deletes by id in chunks below the drivers' parameter limits.</li>
 * </ul>
 *
 * Exported to the SQL adapters, which build the {@code SqlSessions} of a store.
 */
package io.runledger.storage.sql.ports;
