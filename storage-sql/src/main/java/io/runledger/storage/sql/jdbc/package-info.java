/**
 * Plain JDBC: one row mapping per table and the bulk paths built on them. Below the ports; uses the
 * entities only to convert to and from them.
 *
 * <ul>
 *   <li>One row mapping per table — {@code RunRows}, {@code RunLabelRows}, {@code StepRows},
 *       {@code AuditEventRows}: columns ({@code TableColumns}), reading a row, binding a record, the
 *       entity conversion; {@code JdbcValues} reads and binds single values;
 *       {@code JdbcRows} runs one prepared query row by row (run aggregates, the adapters' catalog reads).</li>
 *   <li>The bulk paths use them: {@code ContentScan} (export, forward-only), {@code ContentInserts}
 *       (import, JDBC batches), {@code RunListing} (a runs page in one statement), {@code TableScan}
 *       (export on a caller's connection, for the PostgreSQL adapter), {@code RunStatsReading} with
 *       {@code RunStatsStatements} (run aggregates: one pass streaming status, duration and group-by
 *       value — numbered when the label has few values — per run into the storage-api tally, a label
 *       filter as a join, and the latest runs for the chart).</li>
 *   <li>{@code AuditChainHead}: the one row of {@code audit_chain_head} (claimed with a row lock where the
 *       database has one, moved once per append transaction) and the events in {@code seq} order;
 *       {@code AuditChainBackfill}: schema 6's data step, chaining existing events in ({@code ts},
 *       {@code event_id}) order with the format's {@code AuditChain}.</li>
 *   <li>{@code PruneRows}: the prune records read with plain JDBC, for the admins' {@code audit_prunes}
 *       check line (no ORM at status time).</li>
 *   <li>{@code IdOrder}: ids in byte order in HQL and SQL, whatever the database's collation;
 *       {@code Pages}: keyset pages of {@code limit + 1} rows.</li>
 * </ul>
 *
 * Exported to the SQL adapters (PostgreSQL supplies an {@code IdOrder} and uses {@code TableScan};
 * both read {@code PruneRows}).
 */
package io.runledger.storage.sql.jdbc;
