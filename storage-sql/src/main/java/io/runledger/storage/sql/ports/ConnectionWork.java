package io.runledger.storage.sql.ports;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A unit of work in plain JDBC on a connection a caller lends it (inside or outside a transaction of
 * the caller's). Not Hibernate's {@code ReturningWork}: the units of work without a session load no
 * Hibernate class at all.
 */
@FunctionalInterface
interface ConnectionWork<T> {
    T execute(Connection connection) throws SQLException;
}
