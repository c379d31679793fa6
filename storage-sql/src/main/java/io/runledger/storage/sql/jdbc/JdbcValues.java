package io.runledger.storage.sql.jdbc;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.sql.entity.InstantMicros;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * How the row mappings read and bind one value: times as epoch microseconds ({@link InstantMicros},
 * as the entities store them), absent values as SQL NULL, enums by wire name.
 */
final class JdbcValues {
    private static final InstantMicros MICROS = new InstantMicros();

    private JdbcValues() {
    }

    static long micros(Instant value) {
        return MICROS.convertToDatabaseColumn(value);
    }

    static Instant instant(long micros) {
        return MICROS.convertToEntityAttribute(micros);
    }

    static Optional<Instant> instant(ResultSet rows, int column) throws SQLException {
        long micros = rows.getLong(column);
        return rows.wasNull() ? Optional.empty() : Optional.of(MICROS.convertToEntityAttribute(micros));
    }

    static void bindInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
        statement.setLong(index, MICROS.convertToDatabaseColumn(value));
    }

    /** The enum value stored under {@code value}'s wire name; an unknown one means a damaged store. */
    static <E> E wire(String value, Function<String, Optional<E>> parse, String what) {
        return parse.apply(value).orElseThrow(() -> new StoreException(ReasonCode.STORE_CORRUPT,
                "the store holds an unknown " + what + " '" + value + "'"));
    }
}
