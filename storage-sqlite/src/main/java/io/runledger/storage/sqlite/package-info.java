/**
 * The SQLite store: one local file in WAL mode, with storage-sql's ports and migrations over it.
 * Nothing is exported; the store is found as the provider with id {@code sqlite}.
 *
 * <ul>
 *   <li>{@link SqliteStorageProvider}: id {@code sqlite}, persistence mode {@code wal}, default file
 *       {@code state.sqlite}; options in {@link SqliteOptions} ({@code busy_timeout_ms},
 *       {@code lock_timeout_ms}, {@code synchronous}: {@code normal} or {@code full}). {@link SqliteFile} is the database and the files beside it
 *       ({@code -wal}, {@code -shm}, {@code -journal}, {@code .lock}).</li>
 *   <li>{@link SqliteStores} opens a store: one writer connection (a pool of one), a pool of four
 *       read-only connections, and a Hibernate session factory over the writer, built on first use
 *       ({@code LazySessionFactory}: only the audit log's queries use it). SQLite admits one
 *       writer at a time, so this process's writing threads queue in Java for the one connection
 *       rather than spin in SQLite's busy handler; other processes wait up to
 *       {@code busy_timeout_ms}. Every write transaction starts with a write statement
 *       ({@code CLAIM_WRITE_LOCK}) instead of sqlite-jdbc's {@code BEGIN IMMEDIATE} mode, whose busy
 *       failures break the connection or make a committed write look failed. An import into an
 *       empty store inserts in JDBC batches without the secondary indexes, which {@link SqliteIndexes}
 *       drops and creates again from their own {@code CREATE INDEX} text before the commit.</li>
 *   <li>{@link SqliteDataSources}: every connection gets {@code foreign_keys=ON},
 *       {@code synchronous=NORMAL} (or {@code FULL}, by option) and a bounded {@code busy_timeout}; writers set
 *       {@code journal_mode=WAL}; readers are opened read-only and cannot create the file.</li>
 *   <li>{@link SqliteAdmin}: status, checks ({@link SqliteChecks}, {@link SqliteInspection}) and
 *       vacuum with plain JDBC, no Flyway, no Hibernate, and no connection held between calls; a
 *       missing or empty file is "not initialized" and nothing is created. Its checks end with
 *       storage-sql's {@code schema_drift} comparison over {@link SqliteCatalog} (the file's catalog:
 *       {@code sqlite_master} and the {@code table_info}, {@code foreign_key_list}, {@code index_list}
 *       and {@code index_xinfo} pragmas, CHECK clauses read from the {@code CREATE TABLE} text by
 *       {@link SqliteCheckClauses}); the expected schema is the shipped migrations run on an
 *       in-memory database.
 *       {@link SqliteMigrateSteps} is SQLite's part of storage-sql's guarded migrate: the holder-naming
 *       OS file lock {@code <database>.lock} ({@link io.runledger.storage.support.LockFile}; Flyway
 *       takes no lock on SQLite), then a preflight: a store is created only in a new or empty file,
 *       and an existing file must pass a bounded {@code integrity_check} and
 *       {@code foreign_key_check}. {@code removeCreatedStore} deletes, under that lock and only
 *       while no run, step or audit event is in the file, exactly the files and directories the
 *       admin's own migration created.</li>
 *   <li>{@link SqliteBackup}: {@code db backup}'s native snapshot, {@code VACUUM INTO} a hidden
 *       temporary file (consistent while writers carry on; a raw copy under WAL is not), checked,
 *       synced, then hard-linked to its name (storage-support's {@code DurableFiles}, which syncs the
 *       directory), so a failed backup leaves nothing that looks valid and an existing file is never
 *       overwritten. {@code recordBackupHash} writes the content hash the domain computed for the copy
 *       into its {@code meta} table ({@code backup_content_hash}, storage-sql's {@code MetaRows}) and
 *       syncs it, before the domain publishes the copy.</li>
 *   <li>{@link SqliteBackupReading}: {@code openBackup}, a native backup read back for
 *       {@code db restore} and {@code db backups}: recognised by SQLite's file header, copied to a hidden
 *       name beside it (the backup itself never changes), checked like a fresh backup, its recorded
 *       content hash read (none in a backup from before backups recorded one), migrated to the head when
 *       older, opened; closing removes the copy.</li>
 *   <li>Errors: {@link SqliteErrors} classifies result codes for storage-sql's translator (a
 *       foreign-key violation arrives as a generic error with {@code SQLITE_CONSTRAINT_FOREIGNKEY}
 *       in its message and becomes {@code run_not_found}). A full disk is {@code SQLITE_FULL}, or an
 *       {@code SQLITE_IOERR_*} while the file system has under 1 MiB free or the files are at the
 *       process's file-size limit ({@link FileSizeLimit}): sqlite-jdbc does not pass the errno on.
 *       {@link SqliteConnectionReset} closes a pooled connection after {@code SQLITE_FULL},
 *       {@code IOERR} or {@code NOMEM}: SQLite may have rolled the transaction back while
 *       sqlite-jdbc still holds it open, and reused, that connection would commit each later
 *       statement on its own. {@link SqliteDriver} turns a native library that cannot load into
 *       {@code sqlite_unavailable}, and names how every bulk read reads a row (texts as UTF-8 bytes:
 *       exports, hashes, read-backs and the audit chain's walks).</li>
 * </ul>
 */
package io.runledger.storage.sqlite;
