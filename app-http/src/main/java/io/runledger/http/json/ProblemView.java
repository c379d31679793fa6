package io.runledger.http.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * An RFC 9457 problem: {@code type}, {@code title}, {@code status}, {@code detail}, and the extensions
 * {@code reason} (the reason code) and {@code request_id} (the request's {@code X-Request-Id}, present on
 * every problem the server answers). {@code correlation_id} is present for internal errors only, and
 * {@code store_backend}/{@code persistence_mode} (with {@code schema_version}/{@code schema_head} when
 * they could be read) for an unusable store only.
 */
@JsonPropertyOrder({"type", "title", "status", "detail", "reason", "request_id", "correlation_id", "store_backend",
        "persistence_mode", "schema_version", "schema_head"})
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
        @JsonProperty("schema_head") Integer schemaHead,
        @JsonProperty("request_id") String requestId) {

    /** A problem without a request id yet (the response writer adds it). */
    public ProblemView(String type, String title, int status, String detail, String reason, String correlationId,
                       String storeBackend, String persistenceMode, Integer schemaVersion, Integer schemaHead) {
        this(type, title, status, detail, reason, correlationId, storeBackend, persistenceMode, schemaVersion, schemaHead,
                null);
    }

    /** A problem without schema numbers. */
    public ProblemView(String type, String title, int status, String detail, String reason, String correlationId,
                       String storeBackend, String persistenceMode) {
        this(type, title, status, detail, reason, correlationId, storeBackend, persistenceMode, null, null);
    }

    /** This problem carrying the request's id. */
    public ProblemView withRequestId(String id) {
        return new ProblemView(type, title, status, detail, reason, correlationId, storeBackend, persistenceMode,
                schemaVersion, schemaHead, id);
    }
}
