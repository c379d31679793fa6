package io.runledger.storage.sqlite;

import io.runledger.storage.sql.errors.SqlDialectErrors;
import io.runledger.storage.sql.errors.SqlFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sqlite.SQLiteException;

/**
 * SQLite's result codes as failure kinds. sqlite-jdbc reports a constraint violation as a plain
 * SQLException whose message starts with the extended code, e.g. {@code [SQLITE_CONSTRAINT_FOREIGNKEY]};
 * batch failures carry only the message, so the message is read when there is no typed code.
 *
 * <p>A full disk is {@code SQLITE_FULL} only where SQLite saw a short write; where the write call
 * itself failed (growing the {@code -shm} file, some WAL writes) it is an {@code SQLITE_IOERR_*} whose
 * errno sqlite-jdbc does not pass on. An I/O error on a file system with almost no space left, or
 * with the database or WAL at the process's file-size limit (EFBIG, {@code ulimit -f}), is therefore
 * taken for a full disk, which is what the user has to fix first either way.
 */
final class SqliteErrors implements SqlDialectErrors {
    private static final Pattern CODE = Pattern.compile("\\[(SQLITE_[A-Z_]+)]");
    /** Less than this is "full": one write transaction of a few hundred events needs about that much. */
    private static final long LOW_SPACE_BYTES = 1024 * 1024;

    private final SqliteFile file;

    SqliteErrors(SqliteFile file) {
        this.file = file;
    }

    @Override
    public SqlFailure classify(SQLException exception) {
        String code = code(exception);
        String message = String.valueOf(exception.getMessage());
        if (code.equals("SQLITE_CONSTRAINT_FOREIGNKEY") || message.contains("FOREIGN KEY constraint failed")) {
            return SqlFailure.FOREIGN_KEY;
        }
        if (code.equals("SQLITE_CONSTRAINT_PRIMARYKEY") || code.equals("SQLITE_CONSTRAINT_UNIQUE")) {
            return SqlFailure.UNIQUE;
        }
        if (code.startsWith("SQLITE_CONSTRAINT")) {
            return SqlFailure.CHECK;
        }
        if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")) {
            return SqlFailure.BUSY;
        }
        if (code.equals("SQLITE_FULL") || code.startsWith("SQLITE_IOERR") && (spaceIsLow() || atFileSizeLimit())) {
            return SqlFailure.FULL;
        }
        if (code.startsWith("SQLITE_CORRUPT") || code.equals("SQLITE_NOTADB")) {
            return SqlFailure.CORRUPT;
        }
        return SqlFailure.OTHER;
    }

    private boolean spaceIsLow() {
        try {
            Path directory = file.path().getParent();
            return directory != null && Files.getFileStore(directory).getUsableSpace() < LOW_SPACE_BYTES;
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether the database or its WAL is within {@link #LOW_SPACE_BYTES} of this process's file-size limit (EFBIG). */
    private boolean atFileSizeLimit() {
        OptionalLong limit = FileSizeLimit.current();
        if (limit.isEmpty()) {
            return false;
        }
        for (Path path : List.of(file.path(), file.path().resolveSibling(file.path().getFileName() + "-wal"))) {
            try {
                if (Files.exists(path) && Files.size(path) + LOW_SPACE_BYTES > limit.getAsLong()) {
                    return true;
                }
            } catch (IOException e) {
                return false;
            }
        }
        return false;
    }

    /** SQLite's (extended) result code name, e.g. {@code SQLITE_FULL}; "" when there is none. */
    static String code(SQLException exception) {
        if (exception instanceof SQLiteException sqlite && sqlite.getResultCode() != null
                && sqlite.getResultCode().name().startsWith("SQLITE_")) {
            return sqlite.getResultCode().name();
        }
        Matcher matcher = CODE.matcher(String.valueOf(exception.getMessage()));
        return matcher.find() ? matcher.group(1) : "";
    }
}
