package io.runledger.storage.sql.errors;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Turns whatever a driver, Hibernate or Flyway throws into a {@link StoreException} with a reason
 * code and one clear line, so that nothing from a driver leaks through a port.
 */
public final class SqlErrorTranslator {
    private final String backend;
    private final SqlDialectErrors dialect;

    public SqlErrorTranslator(String backend, SqlDialectErrors dialect) {
        this.backend = backend;
        this.dialect = dialect;
    }

    /** The store exception for a failure while doing {@code action} (e.g. "append audit events"). */
    public StoreException translate(String action, Throwable failure) {
        if (failure instanceof StoreException store) {
            return store;
        }
        SQLException sql = sqlCause(failure);
        SqlFailure kind = sql == null ? SqlFailure.OTHER : classify(sql);
        String detail = firstLine(sql == null ? failure : sql);
        return switch (kind) {
            case FOREIGN_KEY -> new StoreException(ReasonCode.RUN_NOT_FOUND,
                    "cannot " + action + ": a referenced run does not exist", failure);
            case UNIQUE -> new StoreException(ReasonCode.DUPLICATE_ID,
                    "cannot " + action + ": a record with the same id already exists", failure);
            case CHECK -> new StoreException(ReasonCode.VALIDATION_FAILED,
                    "cannot " + action + ": the store refused a value (" + detail + ")", failure);
            case BUSY -> new StoreException(ReasonCode.STORE_LOCKED, "cannot " + action + ": the " + backend
                    + " store is locked by another writer past the wait limit; retry later", failure);
            case CONFLICT -> new StoreException(ReasonCode.STORE_LOCKED, "cannot " + action + ": concurrent writers of the "
                    + backend + " store kept conflicting with it (" + detail + "); retry later", failure);
            case FULL -> new StoreException(ReasonCode.STORAGE_FULL, "cannot " + action + ": the disk holding the "
                    + backend + " store is full; nothing was written", failure);
            case CORRUPT -> new StoreException(ReasonCode.STORE_CORRUPT, "cannot " + action + ": the " + backend
                    + " store is damaged (" + detail + "); restore a backup", failure);
            case DRIVER_UNAVAILABLE -> new StoreException(ReasonCode.STORE_UNAVAILABLE, "cannot " + action
                    + ": the " + backend + " driver is unavailable (" + detail + ")", failure);
            case UNREACHABLE -> new StoreException(dialect.unreachable(), "cannot " + action + ": the " + backend
                    + " server cannot be reached or refused the connection (" + detail + ")", failure);
            case OTHER -> new StoreException(ReasonCode.STORE_UNAVAILABLE,
                    "cannot " + action + ": the " + backend + " store failed (" + detail + ")", failure);
        };
    }

    /**
     * Whether running the same unit of work again may succeed: a concurrent transaction conflicted
     * with it, or inserted the same key first (the rerun then finds the row, and decides between the
     * idempotent no-op and {@code duplicate_id}).
     */
    public boolean retryable(Throwable failure) {
        if (failure instanceof StoreException) {
            return false;
        }
        SQLException sql = sqlCause(failure);
        SqlFailure kind = sql == null ? SqlFailure.OTHER : classify(sql);
        return kind == SqlFailure.CONFLICT || kind == SqlFailure.UNIQUE;
    }

    private SqlFailure classify(SQLException sql) {
        if (sql instanceof SQLTransientConnectionException) {
            return SqlFailure.BUSY;
        }
        SqlFailure kind = dialect.classify(sql);
        SQLException next = sql.getNextException();
        return kind == SqlFailure.OTHER && next != null && next != sql ? dialect.classify(next) : kind;
    }

    /** The deepest SQLException in the cause chain: the driver's own report, under any wrappers. */
    private static SQLException sqlCause(Throwable failure) {
        SQLException found = null;
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                found = sql;
            }
        }
        return found;
    }

    private static String firstLine(Throwable failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
