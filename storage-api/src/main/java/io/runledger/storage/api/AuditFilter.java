package io.runledger.storage.api;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Which audit events a query returns: {@code since} is inclusive, {@code until} exclusive; {@code event}
 * matches the whole event name; {@code text} matches a message that contains it, exactly as given
 * (case-sensitive, no wildcards), so that every backend answers alike.
 */
public record AuditFilter(Optional<RunId> runId, Optional<AuditLevel> level, Optional<String> scope,
                          Optional<Instant> since, Optional<Instant> until, Optional<String> event,
                          Optional<String> text) {
    public static final AuditFilter ALL = new AuditFilter(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty());

    public AuditFilter {
        Objects.requireNonNull(runId, "run_id");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(text, "text");
        text.filter(String::isEmpty).ifPresent(t -> {
            throw new StoreException(ReasonCode.VALIDATION_FAILED, "text must not be empty");
        });
    }

    /** A filter on run, level, scope and time only. */
    public AuditFilter(Optional<RunId> runId, Optional<AuditLevel> level, Optional<String> scope,
                       Optional<Instant> since, Optional<Instant> until) {
        this(runId, level, scope, since, until, Optional.empty(), Optional.empty());
    }

    public static AuditFilter ofRun(RunId runId) {
        return new AuditFilter(Optional.of(runId), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Whether this event passes every condition of the filter (for stores that filter in memory). */
    public boolean matches(AuditEvent e) {
        return runId.map(r -> e.runId().equals(Optional.of(r))).orElse(true)
                && level.map(l -> l == e.level()).orElse(true)
                && scope.map(s -> s.equals(e.scope())).orElse(true)
                && since.map(s -> !e.ts().isBefore(s)).orElse(true)
                && until.map(u -> e.ts().isBefore(u)).orElse(true)
                && event.map(n -> n.equals(e.event())).orElse(true)
                && text.map(t -> e.message().contains(t)).orElse(true);
    }
}
