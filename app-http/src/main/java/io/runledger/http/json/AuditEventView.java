package io.runledger.http.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonRawValue;
import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.RunId;
import io.runledger.storage.api.Timestamps;

/** An audit event as the API shows it: the export format's audit record without {@code type}. */
@JsonPropertyOrder(alphabetic = true)
public record AuditEventView(
        @JsonProperty("event_id") String eventId,
        @JsonProperty("ts") String ts,
        @JsonProperty("level") String level,
        @JsonProperty("run_id") String runId,
        @JsonProperty("scope") String scope,
        @JsonProperty("event") String event,
        @JsonProperty("message") String message,
        @JsonProperty("data") @JsonRawValue String data) {

    public static AuditEventView of(AuditEvent event) {
        return new AuditEventView(event.eventId().value(), Timestamps.format(event.ts()), event.level().wireName(),
                event.runId().map(RunId::value).orElse(null), event.scope(), event.event(), event.message(),
                event.data().text());
    }
}
