package io.runledger.storage.sql.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/**
 * A {@link ColumnWriter} onto the parameters of a prepared insert ({@link TableColumns#insert()}):
 * each value binds the next parameter, and the end of a row adds it to the statement's batch.
 */
final class StatementColumns implements ColumnWriter {
    private final PreparedStatement statement;
    private int index;

    StatementColumns(PreparedStatement statement) {
        this.statement = statement;
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
