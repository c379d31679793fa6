package io.runledger.storage.api;

import java.util.Locale;
import java.util.Optional;

/** The status of a step. Allowed transitions are the domain's business: pending → running → succeeded | failed; pending → skipped. */
public enum StepStatus {
    PENDING, RUNNING, SUCCEEDED, FAILED, SKIPPED;

    // Computed once: a bulk transfer asks for a wire name at least twice per record.
    private final String wireName = name().toLowerCase(Locale.ROOT);

    /** The lowercase name used in JSON, the database and the export format. */
    public String wireName() {
        return wireName;
    }

    /** The value with this wire name, if there is one. */
    public static Optional<StepStatus> fromWire(String wireName) {
        for (StepStatus status : values()) {
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
