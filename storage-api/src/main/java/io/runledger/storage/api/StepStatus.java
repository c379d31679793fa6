package io.runledger.storage.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The status of a step. Allowed transitions are the domain's business: pending → running → succeeded | failed; pending → skipped. */
public enum StepStatus {
    PENDING, RUNNING, SUCCEEDED, FAILED, SKIPPED;

    /** The lowercase name used in JSON, the database and the export format. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The value with this wire name, if there is one. */
    public static Optional<StepStatus> fromWire(String wireName) {
        return Arrays.stream(values()).filter(v -> v.wireName().equals(wireName)).findFirst();
    }

    @Override
    public String toString() {
        return wireName();
    }
}
