package io.runledger.domain;

import io.runledger.storage.api.Check;
import io.runledger.storage.api.ReasonCode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code doctor} found: the store's backend and persistence mode, its schema against this
 * binary's head, and every check made. {@code reason} says why the store is not ok, and is present
 * exactly when {@code ok} is false.
 */
public record DoctorReport(boolean ok, String storeBackend, String persistenceMode, boolean initialized,
                           int schemaVersion, int schemaHead, List<Check> checks, Optional<ReasonCode> reason) {
    public DoctorReport {
        Objects.requireNonNull(storeBackend, "storeBackend");
        Objects.requireNonNull(persistenceMode, "persistenceMode");
        checks = List.copyOf(checks);
        Objects.requireNonNull(reason, "reason");
        if (ok == reason.isPresent()) {
            throw new IllegalArgumentException("a report has a reason exactly when it is not ok");
        }
    }
}
