package io.runledger.storage.sql.jdbc;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One row as a row mapping reads it, by column number (1 is the first column): a JDBC result set
 * ({@link #of(ResultSet)}) or a line of a bulk read such as PostgreSQL's {@code COPY … TO STDOUT}.
 */
public interface ColumnReader {
    /** The text in {@code column}, or null for SQL NULL. */
    String text(int column) throws SQLException;

    /** The BIGINT in {@code column}, empty for SQL NULL. */
    OptionalLong bigint(int column) throws SQLException;

    /** The time stored as epoch microseconds in {@code column}, empty for SQL NULL. */
    default Optional<Instant> instant(int column) throws SQLException {
        OptionalLong micros = bigint(column);
        return micros.isPresent() ? Optional.of(JdbcValues.instant(micros.getAsLong())) : Optional.empty();
    }

    /**
     * The current row of {@code rows}, its texts read as the driver's UTF-8 bytes and decoded here: for a driver
     * whose {@code getString} costs more than {@code getBytes} (sqlite-jdbc hands a text over through a direct
     * buffer and copies it twice; its {@code getBytes} copies once), where a walk reads millions of texts.
     */
    static ColumnReader ofUtf8Bytes(ResultSet rows) {
        ColumnReader numbers = of(rows);
        return new ColumnReader() {
            @Override
            public String text(int column) throws SQLException {
                byte[] utf8 = rows.getBytes(column);
                return utf8 == null ? null : new String(utf8, StandardCharsets.UTF_8);
            }

            @Override
            public OptionalLong bigint(int column) throws SQLException {
                return numbers.bigint(column);
            }
        };
    }

    /** The current row of {@code rows}. */
    static ColumnReader of(ResultSet rows) {
        return new ColumnReader() {
            @Override
            public String text(int column) throws SQLException {
                return rows.getString(column);
            }

            @Override
            public OptionalLong bigint(int column) throws SQLException {
                long value = rows.getLong(column);
                return rows.wasNull() ? OptionalLong.empty() : OptionalLong.of(value);
            }
        };
    }
}
