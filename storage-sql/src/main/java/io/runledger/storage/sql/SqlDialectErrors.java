package io.runledger.storage.sql;

import java.sql.SQLException;

/** How one database reports its failures: each SQL adapter classifies its own driver's codes. */
@FunctionalInterface
public interface SqlDialectErrors {
    /** The kind of failure {@code exception} reports; {@link SqlFailure#OTHER} when unknown. */
    SqlFailure classify(SQLException exception);
}
