package io.runledger.storage.sqlite;

import io.runledger.storage.api.NativeBackup;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.Store;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.StoreStatus;
import io.runledger.storage.sql.errors.SqlErrorTranslator;
import io.runledger.storage.sql.migration.MetaRows;
import io.runledger.storage.sql.migration.MigrationSet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Reads a native backup back ({@code StoreAdmin.openBackup}): the file is copied to a hidden name beside
 * it, so that neither checking nor migrating changes the backup itself; the copy must pass
 * {@code integrity_check} and {@code foreign_key_check}; the content hash recorded in it
 * ({@code meta}'s {@code backup_content_hash}, absent in backups written before backups recorded one)
 * is read; the copy is brought to the head when older and opened as a store, whose closing removes the
 * copy with its WAL files.
 */
final class SqliteBackupReading {
    /** The first 16 bytes of every SQLite database file. */
    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private SqliteBackupReading() {
    }

    static NativeBackup open(Path backup, SqliteOptions options, MigrationSet migrations) {
        Path file = backup.toAbsolutePath().normalize();
        requireSqliteFile(file);
        SqliteFile copy = new SqliteFile(file.resolveSibling("." + file.getFileName() + "." + ProcessHandle.current().pid()
                + "." + System.nanoTime() + ".reading"));
        Runnable discard = () -> discard(copy);
        try {
            Files.copy(file, copy.path());
            SqlErrorTranslator errors = new SqlErrorTranslator(SqliteStorageProvider.ID, new SqliteErrors(copy));
            SqliteBackup.requireIntact(copy, options, errors, "the backup " + file, "it cannot be used; take or choose another");
            SqliteAdmin admin = new SqliteAdmin(copy, options, migrations);
            StoreStatus status = admin.status();
            if (!status.initialized()) {
                throw new StoreException(ReasonCode.IMPORT_FORMAT_INVALID, "line 1: " + file
                        + " is a SQLite database but not a Runledger store (it has no schema history)");
            }
            status.requireNotNewer();
            Optional<String> recorded = recordedContentHash(copy, options, errors);
            if (!status.pending().isEmpty()) {
                admin.migrate(false);
            }
            Store store = SqliteStores.open(copy, options, migrations);
            return new NativeBackup(status.schemaVersion(), store, recorded, discard);
        } catch (IOException e) {
            discard.run();
            throw new StoreException(ReasonCode.STORE_UNAVAILABLE, "cannot copy the backup " + file + " to read it: "
                    + e.getMessage(), e);
        } catch (RuntimeException e) {
            discard.run();
            throw e;
        }
    }

    /** The content hash the backup recorded when it was written (read before migrating the copy). */
    private static Optional<String> recordedContentHash(SqliteFile copy, SqliteOptions options, SqlErrorTranslator errors) {
        try (Connection connection = SqliteDataSources.reader(copy, options).getConnection()) {
            return MetaRows.backupContentHash(connection);
        } catch (SQLException | RuntimeException e) {
            throw errors.translate("read the content hash recorded in " + copy.path(), e);
        }
    }

    private static void requireSqliteFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new StoreException(ReasonCode.STATE_MIGRATION_SOURCE_MISSING, "the backup " + file
                    + " does not exist or is not a regular file");
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(MAGIC.length);
        } catch (IOException e) {
            throw new StoreException(ReasonCode.STORE_UNAVAILABLE, "cannot read " + file + ": " + e.getMessage(), e);
        }
        if (!Arrays.equals(head, MAGIC)) {
            throw new StoreException(ReasonCode.IMPORT_FORMAT_INVALID, "line 1: " + file
                    + " is neither an export file (docs/FORMAT.md) nor a SQLite backup");
        }
    }

    private static void discard(SqliteFile copy) {
        for (Path path : copy.storeFiles()) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                // a hidden leftover copy never looks like a backup or a store; nothing more to do
            }
        }
    }
}
