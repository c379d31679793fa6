/**
 * The Hibernate entities, one per table, for single-record operations: {@code RunEntity},
 * {@code RunLabelEntity} (key {@code RunLabelKey}), {@code StepEntity} (key {@code StepKey}),
 * {@code AuditEventEntity}, {@code AuditPruneEntity} ({@code audit_prunes}, V4; its anchor columns V8); {@code InstantMicros} stores times as epoch microseconds. Opened to
 * Hibernate, which reads and writes their fields reflectively; exported to no one. A new column is
 * added in the table's entity and its row mapping ({@code jdbc}).
 */
package io.runledger.storage.sql.entity;
