package io.runledger.cli.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.runledger.domain.DoctorReport;
import io.runledger.storage.api.ReasonCode;
import java.util.List;

/**
 * {@code doctor --json}: {@code ok}, {@code store_backend}, {@code persistence_mode},
 * {@code initialized}, {@code schema_version}, {@code schema_head}, {@code checks}, and
 * {@code reason} (a reason code) only when not ok.
 */
public record DoctorView(boolean ok, String storeBackend, String persistenceMode, boolean initialized,
                         int schemaVersion, int schemaHead, List<CheckView> checks,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String reason) {
    public static DoctorView of(DoctorReport report) {
        return new DoctorView(report.ok(), report.storeBackend(), report.persistenceMode(), report.initialized(),
                report.schemaVersion(), report.schemaHead(), report.checks().stream().map(CheckView::of).toList(),
                report.reason().map(ReasonCode::code).orElse(null));
    }
}
