package io.runledger.http;

import io.runledger.domain.AuditTrail;
import io.runledger.domain.RunBook;
import io.runledger.domain.StepBook;
import io.runledger.storage.api.StoreStatus;
import java.util.Objects;
import java.util.function.Supplier;

/** What the routes work with: the domain's use cases and a way to ask where the store stands. */
record Services(RunBook runs, StepBook steps, AuditTrail audit, Supplier<StoreStatus> storeStatus) {
    Services {
        Objects.requireNonNull(runs, "runs");
        Objects.requireNonNull(steps, "steps");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(storeStatus, "storeStatus");
    }
}
