package io.runledger.storage.sqlite;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.sql.errors.SqlErrorTranslator;
import io.runledger.storage.sql.migration.MetaRows;
import io.runledger.storage.support.DurableFiles;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * An online snapshot of a SQLite store with {@code VACUUM INTO}: a consistent copy taken inside one
 * read transaction while writers carry on (a raw file copy under WAL could miss committed pages or
 * catch half-written ones). The copy is written to a hidden temporary file beside the target, synced,
 * checked ({@code integrity_check} and {@code foreign_key_check}), and only then linked to its name
 * durably (storage-support's {@code DurableFiles}: the directory is synced after the link).
 * {@link #recordContentHash} then writes the content hash the domain computed into the copy's
 * {@code meta}, before the domain gives the copy its final name.
 */
final class SqliteBackup {
    /** How a native SQLite backup's file name ends. */
    static final String SUFFIX = ".sqlite";

    private final SqliteFile store;
    private final SqliteOptions options;
    private final SqlErrorTranslator errors;

    SqliteBackup(SqliteFile store, SqliteOptions options, SqlErrorTranslator errors) {
        this.store = store;
        this.options = options;
        this.errors = errors;
    }

    void write(Path target) {
        Path file = target.toAbsolutePath().normalize();
        refuseExisting(file);
        Path directory = file.getParent();
        Path temporary = directory.resolve("." + file.getFileName() + "." + ProcessHandle.current().pid() + "."
                + System.nanoTime() + ".partial");
        try {
            Files.createDirectories(directory);
            snapshot(temporary);
            verify(new SqliteFile(temporary), file);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            publish(temporary, file);
        } catch (IOException e) {
            throw new StoreException(ReasonCode.STORE_UNAVAILABLE, "cannot write the backup " + file + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    /**
     * Records {@code contentHash} in the {@code meta} table of the backup {@code backup} (written by
     * {@link #write}, not yet published) in one transaction, and syncs the file: the connection's close
     * checkpoints the WAL into it, and the file is forced so that the row is on disk before the backup
     * gets its name.
     */
    static void recordContentHash(Path backup, String contentHash, SqliteOptions options, SqlErrorTranslator errors) {
        try (Connection connection = SqliteDataSources.writer(new SqliteFile(backup), options).getConnection()) {
            MetaRows.recordBackupContentHash(connection, contentHash);
        } catch (SQLException | RuntimeException e) {
            throw errors.translate("record the content hash in the backup " + backup, e);
        }
        try (FileChannel channel = FileChannel.open(backup, StandardOpenOption.WRITE)) {
            channel.force(true);
        } catch (IOException e) {
            throw new StoreException(ReasonCode.STORE_UNAVAILABLE, "cannot sync the backup " + backup + ": " + e.getMessage(), e);
        }
    }

    private void snapshot(Path temporary) {
        try (Connection connection = SqliteDataSources.writer(store, options).getConnection();
             PreparedStatement statement = connection.prepareStatement("VACUUM INTO ?")) {
            statement.setString(1, temporary.toString());
            statement.execute();
        } catch (SQLException | RuntimeException e) {
            throw errors.translate("back up " + store + " with VACUUM INTO", e);
        }
        if (!Files.isRegularFile(temporary)) {
            throw new StoreException(ReasonCode.STORE_UNAVAILABLE, "VACUUM INTO reported success but wrote no file for the backup of " + store);
        }
    }

    private void verify(SqliteFile copy, Path file) {
        requireIntact(copy, options, errors, "the backup copy of " + store, file + " was not written; run `runledger db check` on the store");
    }

    /**
     * Raises {@link ReasonCode#INTEGRITY_CHECK_FAILED} naming {@code what} and saying {@code then} when
     * {@code integrity_check} or {@code foreign_key_check} finds a problem in {@code copy}; a file SQLite
     * cannot read at all is {@link ReasonCode#STORE_CORRUPT}.
     */
    static void requireIntact(SqliteFile copy, SqliteOptions options, SqlErrorTranslator errors, String what, String then) {
        List<String> problems = new ArrayList<>();
        try (Connection connection = SqliteDataSources.writer(copy, options).getConnection()) {
            problems.addAll(SqliteInspection.integrityProblems(connection));
            problems.addAll(SqliteInspection.foreignKeyProblems(connection));
        } catch (SQLException | RuntimeException e) {
            throw errors.translate("check " + what, e);
        }
        if (!problems.isEmpty()) {
            throw new StoreException(ReasonCode.INTEGRITY_CHECK_FAILED, what + " failed its integrity check ("
                    + problems.get(0) + "); " + then);
        }
    }

    private static void publish(Path temporary, Path file) throws IOException {
        try {
            // A hard link never replaces an existing file, so a FILE that appeared meanwhile is kept.
            DurableFiles.link(temporary, file);
        } catch (FileAlreadyExistsException e) {
            refuseExisting(file);
        }
    }

    private static void refuseExisting(Path file) {
        if (Files.exists(file)) {
            throw new StoreException(ReasonCode.BACKUP_TARGET_EXISTS, "the backup target " + file
                    + " already exists; it is never overwritten: choose another name or remove it");
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
            Files.deleteIfExists(path.resolveSibling(path.getFileName() + "-wal"));
            Files.deleteIfExists(path.resolveSibling(path.getFileName() + "-shm"));
        } catch (IOException ignored) {
            // a leftover hidden .partial file is harmless and never looks like a backup
        }
    }
}
