package io.runledger.storage.sqlite;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;

/**
 * Which failures cost a pooled connection its place. On {@code SQLITE_FULL}, {@code SQLITE_IOERR*} and
 * {@code SQLITE_NOMEM} SQLite may roll the whole transaction back by itself, while sqlite-jdbc still
 * believes one is open: on that connection every later statement would then commit on its own and
 * the commit fail ("cannot commit - no transaction is active") — a write reported as failed but
 * partly stored. Such a connection is closed instead of being reused; the next write opens a new one.
 */
final class SqliteConnectionReset implements SQLExceptionOverride {
    // The interface's nested enum Override hides java.lang.Override inside this class.
    @java.lang.Override
    public SQLExceptionOverride.Override adjudicate(SQLException exception) {
        String code = SqliteErrors.code(exception);
        boolean rolledBackBySqlite = code.equals("SQLITE_FULL") || code.startsWith("SQLITE_IOERR") || code.equals("SQLITE_NOMEM");
        boolean confused = String.valueOf(exception.getMessage()).contains("no transaction is active");
        return rolledBackBySqlite || confused ? SQLExceptionOverride.Override.MUST_EVICT
                : SQLExceptionOverride.Override.CONTINUE_EVICT;
    }
}
