package io.runledger.storage.sql.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;

/**
 * Stores an {@link Instant} as BIGINT epoch microseconds: exact to the microsecond on every
 * database, ordered numerically, with no dialect timestamp handling (the SQLite dialect would keep
 * only milliseconds).
 */
@Converter
public final class InstantMicros implements AttributeConverter<Instant, Long> {
    @Override
    public Long convertToDatabaseColumn(Instant instant) {
        // Not ChronoUnit.MICROS.between: that goes through nanoseconds and overflows outside 1678-2261,
        // while FORMAT.md allows years 0000-9999.
        return instant == null ? null
                : Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    }

    @Override
    public Instant convertToEntityAttribute(Long micros) {
        return micros == null ? null
                : Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000);
    }
}
