/**
 * The Hibernate entity of the table that HQL still queries: {@code AuditEventEntity} (the audit log's
 * queries); {@code InstantMicros} stores times as epoch microseconds (also for the row mappings). Runs,
 * labels, steps and prune records have no entity: they are read and written in plain JDBC ({@code jdbc}'s
 * row mappings).
 * Opened to Hibernate, which reads and writes their fields reflectively; exported to no one. A new
 * column is added in the table's entity, if it has one, and its row mapping ({@code jdbc}).
 */
package io.runledger.storage.sql.entity;
