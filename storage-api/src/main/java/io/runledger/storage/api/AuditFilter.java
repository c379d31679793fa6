package io.runledger.storage.api;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Which audit events a query returns: {@code since} is inclusive, {@code until} exclusive. */
public record AuditFilter(Optional<RunId> runId, Optional<AuditLevel> level, Optional<String> scope,
                          Optional<Instant> since, Optional<Instant> until) {
    public static final AuditFilter ALL =
            new AuditFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public AuditFilter {
        Objects.requireNonNull(runId, "run_id");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(until, "until");
    }

    public static AuditFilter ofRun(RunId runId) {
        return new AuditFilter(Optional.of(runId), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
