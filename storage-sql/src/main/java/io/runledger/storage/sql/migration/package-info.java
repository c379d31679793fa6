/**
 * Schema migrations for every SQL backend.
 *
 * <ul>
 *   <li>{@code GuardedMigrate} runs the migrate safety order once for every SQL backend, which
 *       supplies its {@code MigrateSteps} (lock, preflight, apply, meta connection).</li>
 *   <li>{@code FlywayMigrator} applies a {@code MigrationSet} with Flyway, fed by
 *       {@code MigrationResources} ({@code ShippedMigrationResource} reads one file through its
 *       {@code MigrationFolder}'s anchor class, so no opening is needed).</li>
 *   <li>{@code ShippedMigrations}: the set this binary ships in {@code db/migration}.</li>
 *   <li>{@code DataSteps}: the Java data steps of migrations whose values SQL cannot compute (schema 6's
 *       audit chain), run by Flyway after the migration's script inside its transaction.</li>
 *   <li>{@code AppliedMigrations}: the applied migrations in the history against the set's files, by
 *       Flyway's own checksum; a difference is {@code schema_drift} naming the file (the drift checks
 *       report it, {@code GuardedMigrate} refuses to migrate over it).</li>
 *   <li>{@code SchemaHistory} reads the schema version from Flyway's history table, {@code MetaRows}
 *       writes and reads the {@code meta} rows, {@code OwnSchema} refuses a place holding foreign tables.</li>
 *   <li>{@code CrashPoint}: test-only pauses (inside a migration's transaction, and between Flyway's
 *       commit and the {@code meta} write) where a crash test kills a child JVM; inert unless a system
 *       property arms one.</li>
 *   <li>{@code SchemaWindow}: the versions an open store may still write, read from both inside every
 *       write transaction (serialised against a migration) and, at most once a second, by reads.</li>
 * </ul>
 *
 * Exported to the SQL adapters.
 */
package io.runledger.storage.sql.migration;
