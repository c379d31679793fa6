package io.runledger.storage.api;

import java.util.Locale;
import java.util.Optional;

/** The status of a run. Allowed transitions are the domain's business: running → succeeded | failed | cancelled. */
public enum RunStatus {
    RUNNING, SUCCEEDED, FAILED, CANCELLED;

    // Computed once: a bulk transfer asks for a wire name at least twice per record.
    private final String wireName = name().toLowerCase(Locale.ROOT);

    /** The lowercase name used in JSON, the database and the export format. */
    public String wireName() {
        return wireName;
    }

    /** The value with this wire name, if there is one. */
    public static Optional<RunStatus> fromWire(String wireName) {
        for (RunStatus status : values()) {
            if (status.wireName.equals(wireName)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return wireName();
    }
}
