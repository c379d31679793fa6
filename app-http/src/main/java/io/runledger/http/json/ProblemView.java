package io.runledger.http.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * An RFC 9457 problem: {@code type}, {@code title}, {@code status}, {@code detail}, and the extension
 * {@code reason} (the reason code). {@code correlation_id} is present for internal errors only, and
 * {@code store_backend}/{@code persistence_mode} (with {@code schema_version}/{@code schema_head} when
 * they could be read) for an unusable store only.
 */
@JsonPropertyOrder({"type", "title", "status", "detail", "reason", "correlation_id", "store_backend", "persistence_mode",
        "schema_version", "schema_head"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemView(
        @JsonProperty("type") String type,
        @JsonProperty("title") String title,
        @JsonProperty("status") int status,
        @JsonProperty("detail") String detail,
        @JsonProperty("reason") String reason,
        @JsonProperty("correlation_id") String correlationId,
        @JsonProperty("store_backend") String storeBackend,
        @JsonProperty("persistence_mode") String persistenceMode,
        @JsonProperty("schema_version") Integer schemaVersion,
        @JsonProperty("schema_head") Integer schemaHead) {

    /** A problem without schema numbers. */
    public ProblemView(String type, String title, int status, String detail, String reason, String correlationId,
                       String storeBackend, String persistenceMode) {
        this(type, title, status, detail, reason, correlationId, storeBackend, persistenceMode, null, null);
    }
}
