package io.runledger.storage.sqlite;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import org.sqlite.SQLiteJDBCLoader;

/** Loads sqlite-jdbc's native library up front, so that a platform without it gets one clear reason. */
final class SqliteDriver {
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
