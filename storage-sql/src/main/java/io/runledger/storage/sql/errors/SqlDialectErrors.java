package io.runledger.storage.sql.errors;

import io.runledger.storage.api.ReasonCode;
import java.sql.SQLException;

/** How one database reports its failures: each SQL adapter classifies its own driver's codes. */
@FunctionalInterface
public interface SqlDialectErrors {
    /** The kind of failure {@code exception} reports; {@link SqlFailure#OTHER} when unknown. */
    SqlFailure classify(SQLException exception);

    /** The reason for {@link SqlFailure#UNREACHABLE}: a server backend names its own (e.g. postgres_unavailable). */
    default ReasonCode unreachable() {
        return ReasonCode.STORE_UNAVAILABLE;
    }
}
