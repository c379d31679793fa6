package io.runledger.http.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** {@code GET /health} when the store is usable: status {@code ok}, the backend and its schema version. */
@JsonPropertyOrder(alphabetic = true)
public record HealthView(
        @JsonProperty("status") String status,
        @JsonProperty("store_backend") String storeBackend,
        @JsonProperty("persistence_mode") String persistenceMode,
        @JsonProperty("schema_version") int schemaVersion) {
}
