package io.runledger.storage.sql.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A database's way of taking the secondary indexes of tables (and their foreign keys, where the
 * database can drop them) off for a bulk load into those tables while they are empty, inside the
 * load's transaction. Building an index once over the loaded rows costs a fraction of maintaining it
 * row by row (docs/PERFORMANCE.md, bulk moves). Primary keys and unique indexes stay, so a duplicate
 * id is refused as its row arrives. Both SQL databases run DDL inside transactions, so a load that
 * fails or dies leaves the schema as it was.
 */
@FunctionalInterface
public interface IndexDeferral {
    /**
     * Drops what can be deferred on {@code tables}, and returns the statements that put all of it
     * back exactly as it was (read from the database's catalog), in the order to run them.
     */
    List<String> drop(Connection connection, List<String> tables) throws SQLException;

    /**
     * Runs the statements {@link #drop} returned on {@code connection}. A database whose sessions
     * bound each statement's time may lift that bound here: building an index over a large table is
     * one long statement.
     */
    default void restore(Connection connection, List<String> statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
