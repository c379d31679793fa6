package io.runledger.http.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.runledger.domain.DoctorReport;
import io.runledger.storage.api.ReasonCode;
import java.util.List;

/**
 * {@code GET /v1/store}: what {@code runledger doctor} reports — the backend, its persistence mode, the
 * schema version against this binary's head and every check. The store's location is left out: a
 * read token need not learn file paths or server addresses.
 */
@JsonPropertyOrder(alphabetic = true)
public record StoreView(
        @JsonProperty("ok") boolean ok,
        @JsonProperty("reason") String reason,
        @JsonProperty("store_backend") String storeBackend,
        @JsonProperty("persistence_mode") String persistenceMode,
        @JsonProperty("initialized") boolean initialized,
        @JsonProperty("schema_version") int schemaVersion,
        @JsonProperty("schema_head") int schemaHead,
        @JsonProperty("checks") List<CheckView> checks) {

    public StoreView {
        checks = List.copyOf(checks);
    }

    public static StoreView of(DoctorReport report) {
        return new StoreView(report.ok(), report.reason().map(ReasonCode::code).orElse(null), report.storeBackend(),
                report.persistenceMode(), report.initialized(), report.schemaVersion(), report.schemaHead(),
                report.checks().stream().map(CheckView::of).toList());
    }
}
