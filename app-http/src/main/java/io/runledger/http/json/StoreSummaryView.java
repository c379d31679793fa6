package io.runledger.http.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreStatus;
import java.util.Optional;

/**
 * {@code GET /v1/store}: where the store stands, from one status read — the backend, its persistence
 * mode, the schema version against this binary's head, and {@code ok} or the {@code reason} it is not
 * usable. No check results and no row counts (counting is a full scan on PostgreSQL); the doctor's
 * checks are {@code GET /v1/store/check}, for the admin role.
 */
@JsonPropertyOrder(alphabetic = true)
public record StoreSummaryView(
        @JsonProperty("ok") boolean ok,
        @JsonProperty("reason") String reason,
        @JsonProperty("store_backend") String storeBackend,
        @JsonProperty("persistence_mode") String persistenceMode,
        @JsonProperty("initialized") boolean initialized,
        @JsonProperty("schema_version") int schemaVersion,
        @JsonProperty("schema_head") int schemaHead) {

    public static StoreSummaryView of(StoreStatus status, Optional<ReasonCode> unusable) {
        return new StoreSummaryView(unusable.isEmpty(), unusable.map(ReasonCode::code).orElse(null), status.backend(),
                status.persistenceMode(), status.initialized(), status.schemaVersion(), status.schemaHead());
    }
}
