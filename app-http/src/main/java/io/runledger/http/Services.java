package io.runledger.http;

import io.runledger.domain.AuditTrail;
import io.runledger.domain.ChainCheck;
import io.runledger.domain.DoctorReport;
import io.runledger.domain.LedgerObservers;
import io.runledger.domain.RunRecorder;
import io.runledger.domain.StepRecorder;
import io.runledger.storage.api.AuditPrunes;
import io.runledger.storage.api.ConnectionPoolState;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.StoreFootprint;
import io.runledger.storage.api.StoreStatus;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the routes work with: the domain's use cases, a way to ask where the store stands, its
 * doctor's report and the records prunes left (for the store summary), for monitoring the store's
 * footprint, its connection pools and the observers the use cases report their writes to, and the
 * bounded check of its audit chain (its head, and the server's own verification).
 */
record Services(RunRecorder runs, StepRecorder steps, AuditTrail audit, Supplier<StoreStatus> storeStatus,
                Supplier<DoctorReport> doctor, Supplier<AuditPrunes> prunes, Supplier<StoreFootprint> footprint,
                Supplier<List<ConnectionPoolState>> pools, LedgerObservers observers, ChainCheck chain) {
    Services {
        Objects.requireNonNull(runs, "runs");
        Objects.requireNonNull(steps, "steps");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(storeStatus, "storeStatus");
        Objects.requireNonNull(doctor, "doctor");
        Objects.requireNonNull(prunes, "prunes");
        Objects.requireNonNull(footprint, "footprint");
        Objects.requireNonNull(pools, "pools");
        Objects.requireNonNull(observers, "observers");
        Objects.requireNonNull(chain, "chain");
    }

    /** Services whose audit chain cannot be read (a store that is not there). */
    Services(RunRecorder runs, StepRecorder steps, AuditTrail audit, Supplier<StoreStatus> storeStatus,
             Supplier<DoctorReport> doctor, Supplier<AuditPrunes> prunes, Supplier<StoreFootprint> footprint,
             Supplier<List<ConnectionPoolState>> pools, LedgerObservers observers) {
        this(runs, steps, audit, storeStatus, doctor, prunes, footprint, pools, observers, new ChainCheck(() -> {
            throw new StoreException(ReasonCode.STORE_UNAVAILABLE, "this server holds no audit chain");
        }, Duration.ZERO));
    }

    /** Services of a store without prunes, whose footprint and pools are unknown, observed by nobody. */
    Services(RunRecorder runs, StepRecorder steps, AuditTrail audit, Supplier<StoreStatus> storeStatus,
             Supplier<DoctorReport> doctor) {
        this(runs, steps, audit, storeStatus, doctor, () -> new AuditPrunes(List.of()), () -> StoreFootprint.UNKNOWN,
                List::of, new LedgerObservers());
    }
}
