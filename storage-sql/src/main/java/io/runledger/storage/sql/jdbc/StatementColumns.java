package io.runledger.storage.sql.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/**
 * A {@link ColumnWriter} onto the parameters of a prepared insert ({@link TableColumns#insert()}):
 * each value binds the next parameter, and the end of a row adds it to the statement's batch. The
 * one-row writes of the ports bind their inserts and updates through it too ({@link #insert},
 * {@link #update}), so a time or an absent value is bound as the bulk paths bind it.
 */
final class StatementColumns implements ColumnWriter {
    private final PreparedStatement statement;
    private int index;

    StatementColumns(PreparedStatement statement) {
        this.statement = statement;
    }

    /** Writes values, or whole rows, through a {@link ColumnWriter}. */
    @FunctionalInterface
    interface Values {
        void write(ColumnWriter columns) throws SQLException;
    }

    /** Inserts into {@code table} the rows that {@code rows} writes, as one batch of one prepared insert. */
    static void insert(Connection connection, TableColumns table, Values rows) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(table.insert())) {
            rows.write(new StatementColumns(insert));
            insert.executeBatch();
        }
    }

    /** Runs {@code sql} (an update or delete) with the parameters {@code parameters} binds, in order; returns the rows changed. */
    static int update(Connection connection, String sql, Values parameters) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            parameters.write(new StatementColumns(update));
            return update.executeUpdate();
        }
    }

    /** The statement rows are written to. */
    PreparedStatement statement() {
        return statement;
    }

    @Override
    public void text(String value) throws SQLException {
        statement.setString(++index, value);
    }

    @Override
    public void bigint(long value) throws SQLException {
        statement.setLong(++index, value);
    }

    @Override
    public void nullText() throws SQLException {
        statement.setNull(++index, Types.VARCHAR);
    }

    @Override
    public void nullBigint() throws SQLException {
        statement.setNull(++index, Types.BIGINT);
    }

    @Override
    public void endRow() throws SQLException {
        statement.addBatch();
        index = 0;
    }
}
