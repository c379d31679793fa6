package io.runledger.storage.api;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One entry of the append-only audit log. Never updated, never deleted through a port. */
public record AuditEvent(EventId eventId, Instant ts, AuditLevel level, Optional<RunId> runId, String scope,
                         String event, String message, CanonicalJson data) implements LedgerRecord {
    public AuditEvent {
        Objects.requireNonNull(eventId, "event_id");
        Timestamps.requireMicros("ts", ts);
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(runId, "run_id");
        Texts.requireText("scope", scope);
        Texts.requireText("event", event);
        Texts.requireText("message", message);
        Objects.requireNonNull(data, "data");
    }
}
