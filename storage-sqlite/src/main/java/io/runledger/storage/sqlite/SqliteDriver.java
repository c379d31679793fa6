package io.runledger.storage.sqlite;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.sql.jdbc.ColumnReader;
import java.sql.ResultSet;
import java.util.function.Function;
import org.sqlite.SQLiteJDBCLoader;

/**
 * What this adapter knows of sqlite-jdbc: its native library, loaded up front so that a platform
 * without it gets one clear reason, and how its rows read fastest.
 */
final class SqliteDriver {
    /**
     * How the stores' bulk reads (exports, hashes, read-backs, the audit chain's walks) read a row: texts as
     * UTF-8 bytes decoded here ({@link ColumnReader#ofUtf8Bytes}), which costs sqlite-jdbc one copy instead of two.
     */
    static final Function<ResultSet, ColumnReader> COLUMNS = ColumnReader::ofUtf8Bytes;

    private SqliteDriver() {
    }

    /** Raises {@link ReasonCode#SQLITE_UNAVAILABLE} when the native SQLite library cannot be loaded. */
    static void requireLoaded() {
        Throwable failure = null;
        try {
            if (SQLiteJDBCLoader.initialize()) {
                return;
            }
        } catch (Exception | LinkageError e) {
            failure = e;
        }
        String detail = failure == null || failure.getMessage() == null ? "no usable library was found"
                : failure.getMessage().lines().findFirst().orElse("");
        throw new StoreException(ReasonCode.SQLITE_UNAVAILABLE, "the SQLite native library could not be loaded ("
                + detail + "); use a supported platform or make org.sqlite.tmpdir writable", failure);
    }
}
