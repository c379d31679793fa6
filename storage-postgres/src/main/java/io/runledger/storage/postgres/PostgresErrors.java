package io.runledger.storage.postgres;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.sql.errors.SqlDialectErrors;
import io.runledger.storage.sql.errors.SqlFailure;
import java.sql.SQLException;
import java.util.Set;

/**
 * PostgreSQL's SQLSTATE codes as failure kinds. A foreign-key violation (23503) becomes
 * {@code run_not_found} exactly as SQLite's {@code SQLITE_CONSTRAINT_FOREIGNKEY} does; a server that
 * cannot be reached or refuses the login is {@code postgres_unavailable}.
 */
final class PostgresErrors implements SqlDialectErrors {
    /** Statement or lock wait cut short: lock_not_available, query_canceled (a timeout). */
    private static final Set<String> BUSY = Set.of("55P03", "57014");
    /** The server is going away or refuses new connections, or the database is missing. */
    private static final Set<String> UNREACHABLE = Set.of("57P01", "57P02", "57P03", "53300", "3D000");

    @Override
    public SqlFailure classify(SQLException exception) {
        String state = exception.getSQLState() == null ? "" : exception.getSQLState();
        if (state.equals("23503")) {
            return SqlFailure.FOREIGN_KEY;
        }
        if (state.equals("23505")) {
            return SqlFailure.UNIQUE;
        }
        // Class 22 is a data exception: the value itself is refused (too long, or text PostgreSQL cannot
        // hold, such as U+0000, which FORMAT.md allows), so it is the caller's input, never an outage.
        // 54000 (program_limit_exceeded): a value too big for an index entry. The domain's text limits keep
        // API writes below it; an imported record can still carry one, and that is input too.
        if (state.startsWith("23") || state.startsWith("22") || state.equals("54000")) {
            return SqlFailure.CHECK;
        }
        if (state.equals("40001") || state.equals("40P01")) {
            return SqlFailure.CONFLICT;
        }
        if (BUSY.contains(state)) {
            return SqlFailure.BUSY;
        }
        if (state.equals("53100")) {
            return SqlFailure.FULL;
        }
        if (state.startsWith("XX00")) {
            return SqlFailure.CORRUPT;
        }
        if (state.startsWith("08") || state.startsWith("28") || UNREACHABLE.contains(state)) {
            return SqlFailure.UNREACHABLE;
        }
        return SqlFailure.OTHER;
    }

    @Override
    public ReasonCode unreachable() {
        return ReasonCode.POSTGRES_UNAVAILABLE;
    }
}
