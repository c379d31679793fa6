package io.runledger.storage.sql.jdbc;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * Where a row mapping writes one row, column after column in the order of its {@code TableColumns}:
 * the parameters of a prepared insert ({@link StatementColumns}) or a line of a bulk load such as
 * PostgreSQL's {@code COPY}. The mappings ({@link RunRows} and the others) write through it, so a
 * table's columns are listed and written in one place whatever carries the row.
 */
public interface ColumnWriter {
    /** The next column holds {@code value} (never null). */
    void text(String value) throws SQLException;

    /** The next column holds {@code value}. */
    void bigint(long value) throws SQLException;

    /** The next column, a text column, is SQL NULL. */
    void nullText() throws SQLException;

    /** The next column, a BIGINT column, is SQL NULL. */
    void nullBigint() throws SQLException;

    /** Ends the row: the next value is the first column of another row. */
    void endRow() throws SQLException;

    /** The text, or SQL NULL when absent. */
    default void text(Optional<String> value) throws SQLException {
        if (value.isPresent()) {
            text(value.get());
        } else {
            nullText();
        }
    }

    /** A time as epoch microseconds, as every table stores times. */
    default void instant(Instant value) throws SQLException {
        bigint(JdbcValues.micros(value));
    }

    /** A time as epoch microseconds, or SQL NULL when absent. */
    default void instant(Optional<Instant> value) throws SQLException {
        if (value.isPresent()) {
            instant(value.get());
        } else {
            nullBigint();
        }
    }
}
