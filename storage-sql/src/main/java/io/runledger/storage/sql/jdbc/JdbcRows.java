package io.runledger.storage.sql.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * One query read row by row with plain JDBC: prepare, bind, hand each row to a reader, close. Used
 * where no ORM belongs (run aggregates, the SQL adapters' catalog reads for the schema-drift check).
 */
public final class JdbcRows {
    private JdbcRows() {
    }

    /** Sets a prepared statement's parameters (and, if needed, its fetch size). */
    @FunctionalInterface
    public interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    /** Reads one row of a result. */
    @FunctionalInterface
    public interface Reader {
        void read(ResultSet row) throws SQLException;
    }

    /** Prepares {@code sql} on {@code connection}, lets {@code binder} set it up, and reads every row in turn. */
    public static void each(Connection connection, String sql, Binder binder, Reader reader) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        }
    }
}
