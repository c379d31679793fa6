package io.runledger.http.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.runledger.domain.AuditHead;
import io.runledger.storage.api.Timestamps;

/**
 * {@code GET /v1/audit/head}, and the head in {@code GET /v1/store}: the audit chain's last position
 * ({@code seq}), its hash ({@code chain}) and the time of the event there ({@code ts}; null when no event
 * is there: an empty log, or every event pruned). The object {@code runledger audit head --json} prints.
 */
@JsonPropertyOrder(alphabetic = true)
public record AuditHeadView(
        @JsonProperty("seq") long seq,
        @JsonProperty("chain") String chain,
        @JsonProperty("ts") String ts) {

    public static AuditHeadView of(AuditHead head) {
        return new AuditHeadView(head.link().seq(), head.link().chain(), head.ts().map(Timestamps::format).orElse(null));
    }
}
