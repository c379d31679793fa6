package io.runledger.storage.sqlite;

import io.runledger.storage.sql.SqlDialectErrors;
import io.runledger.storage.sql.SqlFailure;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sqlite.SQLiteException;

/**
 * SQLite's result codes as failure kinds. sqlite-jdbc reports a constraint violation as a plain
 * SQLException whose message starts with the extended code, e.g. {@code [SQLITE_CONSTRAINT_FOREIGNKEY]};
 * batch failures carry only the message, so the message is read when there is no typed code.
 */
final class SqliteErrors implements SqlDialectErrors {
    private static final Pattern CODE = Pattern.compile("\\[(SQLITE_[A-Z_]+)]");

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
        if (code.equals("SQLITE_FULL")) {
            return SqlFailure.FULL;
        }
        if (code.startsWith("SQLITE_CORRUPT") || code.equals("SQLITE_NOTADB")) {
            return SqlFailure.CORRUPT;
        }
        return SqlFailure.OTHER;
    }

    private static String code(SQLException exception) {
        if (exception instanceof SQLiteException sqlite && sqlite.getResultCode() != null
                && sqlite.getResultCode().name().startsWith("SQLITE_")) {
            return sqlite.getResultCode().name();
        }
        Matcher matcher = CODE.matcher(String.valueOf(exception.getMessage()));
        return matcher.find() ? matcher.group(1) : "";
    }
}
