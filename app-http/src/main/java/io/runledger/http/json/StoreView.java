package io.runledger.http.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.runledger.domain.DoctorReport;
import io.runledger.storage.api.ReasonCode;
import java.util.List;

/**
 * {@code GET /v1/store/check} (admin role): what {@code runledger doctor} reports — the fields of the
 * {@code GET /v1/store} summary, from the doctor's own reading, and every check with its detail (which
 * may name files, hosts or a lock's holder, never a password).
 */
public record StoreView(
        @JsonUnwrapped StoreSummaryView summary,
        @JsonProperty("checks") List<CheckView> checks) {

    public StoreView {
        checks = List.copyOf(checks);
    }

    public static StoreView of(DoctorReport report) {
        return new StoreView(new StoreSummaryView(report.ok(), report.reason().map(ReasonCode::code).orElse(null),
                report.storeBackend(), report.persistenceMode(), report.initialized(), report.schemaVersion(),
                report.schemaHead()), report.checks().stream().map(CheckView::of).toList());
    }
}
