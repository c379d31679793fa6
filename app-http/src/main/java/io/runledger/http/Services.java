package io.runledger.http;

import io.runledger.domain.AuditTrail;
import io.runledger.domain.DoctorReport;
import io.runledger.domain.RunRecorder;
import io.runledger.domain.StepRecorder;
import io.runledger.storage.api.AuditPrunes;
import io.runledger.storage.api.StoreStatus;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the routes work with: the domain's use cases, a way to ask where the store stands, its
 * doctor's report, and the records prunes left (for the store summary).
 */
record Services(RunRecorder runs, StepRecorder steps, AuditTrail audit, Supplier<StoreStatus> storeStatus,
                Supplier<DoctorReport> doctor, Supplier<AuditPrunes> prunes) {
    Services {
        Objects.requireNonNull(runs, "runs");
        Objects.requireNonNull(steps, "steps");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(storeStatus, "storeStatus");
        Objects.requireNonNull(doctor, "doctor");
        Objects.requireNonNull(prunes, "prunes");
    }
}
