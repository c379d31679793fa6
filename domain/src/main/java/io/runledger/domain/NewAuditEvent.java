package io.runledger.domain;

import io.runledger.format.json.Json;
import io.runledger.format.json.JsonFields;
import io.runledger.storage.api.AuditLevel;
import io.runledger.storage.api.CanonicalJson;
import io.runledger.storage.api.EventId;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.RunId;
import io.runledger.storage.api.Timestamps;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An audit event as a client submits it: {@code eventId} and {@code ts} may be left for the domain
 * to fill in (a time-ordered id, the current time). Raises
 * {@link ReasonCode#VALIDATION_FAILED} for a {@code scope} over 1,024 bytes of UTF-8 (every backend can
 * hold what passes).
 */
public record NewAuditEvent(Optional<String> eventId, Optional<Instant> ts, AuditLevel level, Optional<RunId> runId,
                            String scope, String event, String message, CanonicalJson data) {
    private static final List<String> KEYS =
            List.of("event_id", "ts", "level", "run_id", "scope", "event", "message", "data");

    public NewAuditEvent {
        Objects.requireNonNull(eventId, "event_id");
        eventId.ifPresent(EventId::new);
        Objects.requireNonNull(ts, "ts");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(runId, "run_id");
        Objects.requireNonNull(scope, "scope");
        TextLimits.requireUtf8Bytes("scope", scope, TextLimits.SCOPE_BYTES);
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(data, "data");
    }

    /**
     * Reads one JSON Lines input line: an object with the audit fields of FORMAT.md except
     * {@code type}. {@code level}, {@code scope}, {@code event} and {@code message} are required
     * strings; {@code event_id}, {@code ts} and {@code run_id} may be absent or null; {@code data} may
     * be absent or null and then is {@code {}}. Strict: any other key (including {@code type}) is
     * refused. Raises {@link ReasonCode#MALFORMED_JSON} for text that is not JSON and
     * {@link ReasonCode#VALIDATION_FAILED}, naming the field, for a missing, unknown or ill-typed
     * field, a bad id or timestamp (FORMAT.md ID and TS) or an unknown level.
     */
    public static NewAuditEvent fromJson(String jsonLine) {
        JsonFields fields = JsonFields.of("an audit event", Json.parse(jsonLine)).allowOnly(KEYS);
        AuditLevel level = WireNames.auditLevel(fields.string("level"));
        return new NewAuditEvent(
                fields.optional("event_id", id -> new EventId(id).value()),
                fields.optional("ts", text -> Timestamps.parse("ts", text)),
                level,
                fields.optional("run_id", RunId::new),
                fields.string("scope"),
                fields.string("event"),
                fields.string("message"),
                fields.optionalObject("data").orElse(CanonicalJson.EMPTY_OBJECT));
    }
}
