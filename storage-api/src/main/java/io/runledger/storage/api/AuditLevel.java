package io.runledger.storage.api;

import java.util.Locale;
import java.util.Optional;

/** The severity of an audit event. */
public enum AuditLevel {
    DEBUG, INFO, WARN, ERROR;

    // Computed once: a bulk transfer asks for a wire name at least twice per record.
    private final String wireName = name().toLowerCase(Locale.ROOT);

    /** The lowercase name used in JSON, the database and the export format. */
    public String wireName() {
        return wireName;
    }

    /** The value with this wire name, if there is one. */
    public static Optional<AuditLevel> fromWire(String wireName) {
        for (AuditLevel level : values()) {
            if (level.wireName.equals(wireName)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return wireName();
    }
}
