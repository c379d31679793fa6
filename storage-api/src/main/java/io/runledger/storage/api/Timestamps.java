package io.runledger.storage.api;

import java.time.Instant;
import java.util.Optional;

/** Timestamps are UTC instants with microsecond precision on every backend (SPEC S1). */
final class Timestamps {
    private Timestamps() {
    }

    static Instant requireMicros(String field, Instant value) {
        if (value == null) {
            throw new StoreException(ReasonCode.VALIDATION_FAILED, field + " is required");
        }
        if (value.getNano() % 1_000 != 0) {
            throw new StoreException(ReasonCode.VALIDATION_FAILED,
                    field + " must have at most microsecond precision (got " + value + ")");
        }
        return value;
    }

    static Optional<Instant> requireMicros(String field, Optional<Instant> value) {
        if (value == null) {
            throw new StoreException(ReasonCode.VALIDATION_FAILED, field + " must be Optional.empty(), not null");
        }
        value.ifPresent(v -> requireMicros(field, v));
        return value;
    }
}
