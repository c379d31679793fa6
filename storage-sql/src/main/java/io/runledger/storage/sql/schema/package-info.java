/**
 * Schema drift: a SQL store's live schema against what its recorded version should have.
 *
 * <ul>
 *   <li>{@code SchemaObject}: one table, column, key, constraint or index, normalized; {@code SchemaCatalog}:
 *       all of a store's, read by each backend from its own catalog (SQLite's {@code sqlite_master} and
 *       pragmas, PostgreSQL's {@code pg_catalog}).</li>
 *   <li>{@code ExpectedSchema} builds the schema of a version from the migration files themselves, on a
 *       scratch place the backend provides, so the expectation cannot disagree with the migrations.</li>
 *   <li>{@code SchemaDrift} compares the two (plus the applied migrations' checksums, see
 *       {@code migration.AppliedMigrations}) and reports each difference as one {@code schema_drift}
 *       check; an extra index is shown but passes, anything else missing, changed or added fails.</li>
 * </ul>
 *
 * Exported to the SQL adapters.
 */
package io.runledger.storage.sql.schema;
