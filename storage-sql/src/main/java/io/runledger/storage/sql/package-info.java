/**
 * The relational core shared by the SQL adapters (exported to them only).
 *
 * <p>Ports over Hibernate (single-record operations) and plain JDBC (bulk paths):
 * <ul>
 *   <li>{@code SqlStore} assembles a store; {@code SqlSessions} runs units of work on a
 *       {@code SessionFactory} ({@code SessionFactories} builds it); {@code SqlRuns}, {@code SqlSteps},
 *       {@code SqlAuditLog}, {@code SqlStoreContents} are the ports.</li>
 *   <li>One row mapping per table — {@code RunRows}, {@code RunLabelRows}, {@code StepRows},
 *       {@code AuditEventRows}: columns ({@code TableColumns}), reading a row, binding a record, the
 *       entity conversion; {@code JdbcValues} reads and binds single values. The bulk paths use them:
 *       {@code ContentScan} (export, forward-only), {@code ContentInserts} (import, JDBC batches),
 *       {@code RunListing} (a runs page in one statement), {@code TableScan} (export on a caller's
 *       connection).</li>
 *   <li>Migrations: {@code GuardedMigrate} runs the migrate safety order once for every SQL backend,
 *       which supplies its {@code MigrateSteps} (lock, preflight, apply, meta connection);
 *       {@code FlywayMigrator}, {@code MigrationSet}, {@code ShippedMigrations}, {@code SchemaHistory},
 *       {@code MetaRows}, {@code OwnSchema}.</li>
 *   <li>Errors: {@code SqlErrorTranslator} with each dialect's {@code SqlDialectErrors}.</li>
 * </ul>
 */
package io.runledger.storage.sql;
