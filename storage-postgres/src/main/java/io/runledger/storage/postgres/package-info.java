/**
 * The PostgreSQL store: one schema of a database, shared by any number of Runledger processes, with
 * storage-sql's ports and the same migration files as SQLite. Nothing is exported; the store is found
 * as the provider with id {@code postgres}. Options, setup and the differences from SQLite are in
 * docs/POSTGRES.md.
 *
 * <ul>
 *   <li>{@link PostgresStorageProvider}: id {@code postgres}, persistence mode {@code server}, no
 *       default file: the location is a JDBC URL whose {@code currentSchema} names the schema
 *       (default {@code public}), held by {@link PostgresLocation}, which hides the password in every
 *       message. Options in {@link PostgresOptions} ({@code pool_size}, {@code connect_timeout_ms},
 *       {@code socket_timeout_ms}, {@code statement_timeout_ms}, {@code tcp_keepalive},
 *       {@code lock_timeout_ms}, {@code lock_lease_ms}), each with its range.</li>
 *   <li>{@link PostgresConnections}: every session has the connect timeout and TCP keepalive at both
 *       ends; store and status sessions also a socket and a statement timeout, so a silent partition
 *       costs a bounded wait and then {@code postgres_unavailable}; migration sessions (statements
 *       that may run for minutes) none of those, but the server ends one left idle in a transaction
 *       for {@code lock_lease_ms}.</li>
 *   <li>{@link PostgresStores} opens a store over {@link PostgresConnections}: a bounded writer pool
 *       in READ COMMITTED (a compare-and-set update waits for a concurrent one, then re-reads the
 *       row), a bounded read-only pool in REPEATABLE READ (one snapshot per read transaction, so an
 *       export's passes agree), and a Hibernate session factory with {@code PostgreSQLDialect}, built
 *       on first use. An
 *       import first locks the content tables {@code IN EXCLUSIVE MODE} for its transaction
 *       ({@code PostgresStores.claimContents}, waiting at most {@code lock_timeout_ms}), so no second
 *       import and no other write lands between its emptiness check and its commit. An append
 *       writes its audit events and moves the audit chain's head in one statement
 *       ({@link UnnestedAuditInserts}: the rows as one array per column, {@link ColumnArrays},
 *       unnested by an {@code INSERT … SELECT} whose writable CTE moves the head from the position the
 *       store last committed, inserting nothing when another instance moved it since).</li>
 *   <li>{@link CopyContent}: the store's whole content moves with the {@code COPY} protocol (storage-sql's
 *       {@code BulkContent} form for this store). An import streams rows into {@code COPY … FROM STDIN}
 *       in text format ({@link CopyLoad}: a buffer per table, sent parent tables first about every
 *       megabyte while several tables have rows, and one table's rows streamed into one open statement of
 *       up to 4 MB, so that the server inserts while the next rows are rendered; {@link CopyText}: escaping, and U+0000 refused as {@code validation_failed} before
 *       it reaches the server); into empty tables, {@link PostgresIndexes} (storage-sql's
 *       {@code IndexDeferral}) takes the secondary indexes and foreign keys off first, and they are
 *       built again from their catalog definitions before the commit. An export reads {@code COPY (SELECT …) TO STDOUT} ({@link CopyScan},
 *       {@link CopyRow}). Rows are written and read by storage-sql's row mappings.</li>
 *   <li>{@link IdCollation} picks the id order when a store opens. Forcing {@code ucs_basic} on every
 *       query ({@link CodePointOrder}) is always correct, but an index serves an {@code order by} or a
 *       keyset predicate only in the column's own collation; so where the id columns already sort as
 *       bytes do ({@code C}, {@code POSIX}, or a default that sorts the whole id alphabet pairwise as
 *       bytes), the columns' own order is kept. Paging, export order and the content hash never
 *       depend on the database's collation.</li>
 *   <li>{@link PostgresAdmin}: status, checks ({@link PostgresChecks}: server, {@code SELECT 1},
 *       foreign keys, isolation, encoding, id order; a missing foreign key is {@code schema_drift}),
 *       then {@link PostgresDriftCheck}: storage-sql's {@code schema_drift} comparison of the schema's
 *       catalog ({@link PostgresCatalog}, {@code pg_catalog}) with the one the migrations build in a
 *       schema of a random name inside a transaction that is rolled back; and vacuum, all with plain
 *       JDBC; an empty schema is
 *       "not initialized" and nothing is created. Status reads go through {@link StatusConnections},
 *       which keeps up to two connections between reads ({@code /health} reads about once a second); a
 *       read that fails on a kept connection is tried once on a new one, so the status follows the
 *       server down ({@code postgres_unavailable}) and up again.</li>
 *   <li>{@link PostgresMigrateSteps}, PostgreSQL's part of storage-sql's guarded migrate:
 *       {@link AdvisoryLock}, a session-level advisory lock per schema polled up to
 *       {@code lock_timeout_ms}, then {@code store_locked} naming the holder, and held as a lease the
 *       holder renews (the server ends its session after {@code lock_lease_ms} of silence, so a
 *       partitioned migrator loses the lock); a store is created only
 *       in an empty schema; Flyway's own advisory lock is bounded the same way; every migration
 *       session sets {@code client_connection_check_interval} (PostgreSQL 14 and later), so the
 *       server ends a killed migrator's statement, and frees its locks, within a second instead of
 *       when the statement ends.</li>
 *   <li>{@link MigratedContents} ({@code contentsAsMigrated}): under the advisory lock, one
 *       REPEATABLE READ transaction applies the pending migrations' own SQL, reads every record with
 *       storage-sql's {@code TableScan} and rolls back, so a store below the head is exported
 *       exactly as the real migration would leave it.</li>
 *   <li>{@link SchemaInventory}: what the schema held before a migration created the store;
 *       {@code removeCreatedStore} drops what appeared since, in one transaction under the advisory
 *       lock, only while no content table holds a row.</li>
 *   <li>{@link PostgresErrors}: SQLSTATE to failure kind. 23503 is {@code run_not_found}; 23505 is
 *       retried, and the rerun finds the row (the idempotent no-op, or {@code duplicate_id});
 *       40001 and 40P01 are retried, then {@code store_locked}; 55P03 and 57014 are
 *       {@code store_locked}; 08xxx, 28xxx, 3D000, 53300 and 57P01–03 are
 *       {@code postgres_unavailable}; 53100 is {@code storage_full}; XX00x is {@code store_corrupt};
 *       other class 23, class 22 (a value PostgreSQL cannot hold, such as U+0000 in text) and 54000
 *       are {@code validation_failed}. An import, whose input cannot be replayed, is never retried.</li>
 * </ul>
 *
 * Tests run against a real, throw-away server (postgres-harness), the whole storage TCK included,
 * and the ordering contracts again on stores whose id columns use the ICU {@code en-US} collation.
 */
package io.runledger.storage.postgres;
