package io.runledger.storage.postgres;

import io.runledger.storage.sql.jdbc.ColumnWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Rows gathered as one array per column (storage-sql's {@link ColumnWriter}, written by the row
 * mappings), for a statement that unnests them: any number of rows in one statement with one
 * parameter per column, whose text stays the same (so the server keeps it prepared).
 */
final class ColumnArrays implements ColumnWriter {
    private static final String TEXT = "text";
    private static final String BIGINT = "int8";

    private final List<Column> columns = new ArrayList<>();
    private int index;

    @Override
    public void text(String value) {
        next(TEXT).add(value);
    }

    @Override
    public void bigint(long value) {
        next(BIGINT).add(value);
    }

    @Override
    public void nullText() {
        next(TEXT).add(null);
    }

    @Override
    public void nullBigint() {
        next(BIGINT).add(null);
    }

    @Override
    public void endRow() {
        index = 0;
    }

    /** {@code unnest(?::text[], ?::int8[], …)}: a row source of the gathered rows, one parameter per column. */
    String unnest() {
        return columns.stream().map(column -> "?::" + column.type() + "[]").collect(Collectors.joining(", ", "unnest(", ")"));
    }

    /** Binds each column's array to the parameters of {@link #unnest()}, from parameter {@code first} on. */
    void bind(Connection connection, PreparedStatement statement, int first) throws SQLException {
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            statement.setArray(first + i, connection.createArrayOf(column.type(), column.values().toArray()));
        }
    }

    private List<Object> next(String type) {
        if (index == columns.size()) {
            columns.add(new Column(type, new ArrayList<>()));
        }
        return columns.get(index++).values();
    }

    /** One column's SQL type and its values, row by row (null for SQL NULL). */
    private record Column(String type, List<Object> values) {
    }
}
