package io.runledger.storage.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The severity of an audit event. */
public enum AuditLevel {
    DEBUG, INFO, WARN, ERROR;

    /** The lowercase name used in JSON, the database and the export format. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The value with this wire name, if there is one. */
    public static Optional<AuditLevel> fromWire(String wireName) {
        return Arrays.stream(values()).filter(v -> v.wireName().equals(wireName)).findFirst();
    }

    @Override
    public String toString() {
        return wireName();
    }
}
