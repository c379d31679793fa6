/**
 * Plain JDBC: one row mapping per table, the one-row reads and writes of runs and steps, and the bulk
 * paths built on them. Below the ports; uses the audit entity only to convert from it.
 *
 * <ul>
 *   <li>One row mapping per table — {@code RunRows}, {@code RunLabelRows}, {@code StepRows},
 *       {@code AuditEventRows}: columns ({@code TableColumns}), reading a row ({@code ColumnReader}:
 *       a result set's row, or a row of PostgreSQL's {@code COPY}), writing a record as a row
 *       ({@code ColumnWriter}: a prepared insert's parameters through {@code StatementColumns}, or a
 *       {@code COPY} line), the entity conversion; {@code JdbcValues} reads and binds single values;
 *       {@code JdbcRows} runs one prepared query row by row (run aggregates, the adapters' catalog reads).</li>
 *   <li>{@code BulkContent}: how a whole store's content is written and read inside an import's or an
 *       export's transaction; {@code BulkContent.JDBC} is the portable form ({@code BulkContent.jdbc}
 *       with the adapter's {@code ColumnReader}: SQLite reads texts as bytes), PostgreSQL supplies
 *       {@code COPY}. {@code IndexDeferringContent} wraps either: a load into empty tables runs
 *       without the secondary indexes, which the database's {@code IndexDeferral} drops and restores
 *       from its catalog before the commit. Audit events take their chain positions from a
 *       {@code ChainPositions} the port hands in (the format's {@code AuditChain}), so loaders never
 *       compute a link themselves. Both loaders ({@code ContentInserts}, PostgreSQL's {@code CopyLoad}) are a
 *       {@code ContentLoad}, whose {@code loadAll} is the one add-count-flush loop.</li>
 *   <li>The bulk paths use them: {@code ContentScan} (export, forward-only), {@code ContentInserts}
 *       (import, JDBC batches), {@code RunListing} (a runs page in one statement; it and PostgreSQL's {@code COPY} export fold
 *       runs joined with their labels with {@code RunFold}), {@code TableScan}
 *       (export on a caller's connection, for the PostgreSQL adapter), {@code RunStatsReading} with
 *       {@code RunStatsStatements} (run aggregates: one pass over the runs, or with a label filter over
 *       that label's rows, and, grouped, one over the group-by label's rows — label rows carry copies of
 *       their run's columns — each streaming one {@code RunTallyCode} per run (status, duration and
 *       group-by value packed into one number) into the storage-api tally; a grouped query reads the runs
 *       themselves only when a count shows that some selected run lacks the label; the latest runs for
 *       the chart).</li>
 *   <li>{@code AuditChainHead}: the one row of {@code audit_chain_head} (moved once per append
 *       transaction: by a conditional update from a known head, or claimed with a row lock where the
 *       database has one and then updated) and the events in {@code seq} order;
 *       {@code ChainedAuditInserts}: how an append writes its chained events and moves that row, per
 *       database — {@code BatchedAuditInserts}, the portable form (the move, then one JDBC batch), or
 *       PostgreSQL's single statement;
 *       {@code AuditChainBackfill}: schema 6's data step, chaining existing events in ({@code ts},
 *       {@code event_id}) order with the format's {@code AuditChain}.</li>
 *   <li>{@code PruneRows}: the prune records (with their anchors from schema 8 on) read with plain
 *       JDBC, for the admins' {@code audit_prunes} check line (no ORM at status time).</li>
 *   <li>{@code IdOrder}: ids in byte order in HQL and SQL, whatever the database's collation;
 *       {@code Pages}: keyset pages of {@code limit + 1} rows.</li>
 * </ul>
 *
 * Exported to the SQL adapters (PostgreSQL supplies an {@code IdOrder}, a {@code BulkContent} and
 * {@code ChainedAuditInserts} written with the row mappings, and uses {@code TableScan}; both read {@code PruneRows}).
 */
package io.runledger.storage.sql.jdbc;
