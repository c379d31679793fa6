package io.runledger.http;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.Redaction;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.StoreStatus;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the served store stands for the unauthenticated and read-role status answers ({@code GET
 * /health}, the {@code GET /v1/store} summary): its status, and why it is not usable if it is not.
 * One {@link SharedRead} serves every caller, so a burst of requests costs one status read (one
 * server connection on PostgreSQL) per maximum age. The detail of a failure (paths, hosts, pids) goes
 * to the log, without secrets, when the verdict changes — never to these callers.
 */
final class StoreStanding {
    private static final Logger LOG = LoggerFactory.getLogger(StoreStanding.class);

    /** The status when it could be read, and the failure when the store is not usable. */
    record Verdict(Optional<StoreStatus> status, Optional<StoreException> failure) {
    }

    private final Supplier<StoreStatus> status;
    private final SharedRead<Verdict> shared;
    private volatile String lastLogged = "";

    StoreStanding(Supplier<StoreStatus> status, Duration maxAge) {
        this.status = status;
        this.shared = new SharedRead<>(this::read, maxAge);
    }

    /** The verdict of the running or a recent status read. */
    Verdict now() {
        return shared.get();
    }

    private Verdict read() {
        Verdict verdict;
        try {
            StoreStatus read = status.get();
            try {
                read.requireAtHead();
                verdict = new Verdict(Optional.of(read), Optional.empty());
            } catch (StoreException e) {
                verdict = new Verdict(Optional.of(read), Optional.of(e));
            }
        } catch (StoreException e) {
            verdict = new Verdict(Optional.empty(), Optional.of(e));
        }
        logChange(verdict);
        return verdict;
    }

    /** Runs inside the single flight only, so {@code lastLogged} needs no lock of its own. */
    private void logChange(Verdict verdict) {
        String now = verdict.failure().map(e -> e.reason().code() + ": " + Redaction.hideSecrets(String.valueOf(e.getMessage())))
                .orElse("");
        if (!now.equals(lastLogged)) {
            if (now.isEmpty()) {
                LOG.info("the store is usable again");
            } else {
                LOG.warn("the store is not usable ({})", now);
            }
            lastLogged = now;
        }
    }

    /** The reason a failure is answered with: its own when it is a 503 reason, else store_unavailable. */
    static ReasonCode unusableReason(StoreException failure) {
        return failure.reason().httpStatus().orElse(0) == 503 ? failure.reason() : ReasonCode.STORE_UNAVAILABLE;
    }
}
