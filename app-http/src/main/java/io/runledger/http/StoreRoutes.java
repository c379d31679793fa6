package io.runledger.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.runledger.domain.DoctorReport;
import io.runledger.http.json.AuditChainView;
import io.runledger.http.json.AuditHeadView;
import io.runledger.http.json.ChainVerificationView;
import io.runledger.http.json.StoreSummaryView;
import io.runledger.http.json.StoreView;
import io.runledger.storage.api.AuditPrunes;
import io.runledger.storage.api.StoreException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code GET /v1/store} (read role): a cheap summary of where the store stands — backend, persistence
 * mode, schema version and head, ok or the reason — from the same shared status read as
 * {@code /health}, plus the last audit prune (its record, read from the store's small table of prune
 * records, only when the store is usable); a store that is not usable is still a 200 that says why,
 * unless even its status cannot be read (503, reason only). For a usable store it also shows the audit chain:
 * its head, read at each request, and the server's last verification of it ({@link ChainWatch}, which the
 * request starts again in the background when it is due). {@code GET /v1/store/check} (admin role): the doctor's deep
 * check with every check's detail (SQLite's integrity and foreign-key checks, a full load of a JSON
 * store). At most one deep check runs at a time; a request arriving while one runs waits for it and
 * gets the same report. Neither shows the store's location or a password.
 */
final class StoreRoutes {
    private final StoreStanding standing;
    private final SharedRead<DoctorReport> deepCheck;
    private final Supplier<AuditPrunes> prunes;
    private final ChainWatch chain;
    private final String backend;
    private final String persistenceMode;

    StoreRoutes(StoreStanding standing, Supplier<DoctorReport> doctor, Supplier<AuditPrunes> prunes, ChainWatch chain,
                String backend, String persistenceMode) {
        this.standing = standing;
        this.deepCheck = new SharedRead<>(doctor, Duration.ZERO);
        this.prunes = prunes;
        this.chain = chain;
        this.backend = backend;
        this.persistenceMode = persistenceMode;
    }

    void register(RoutesConfig routes) {
        routes.get("/v1/store", this::summary);
        routes.get("/v1/store/check", this::check);
    }

    private void summary(Context ctx) {
        QueryParams.of(ctx, Set.of());
        StoreStanding.Verdict verdict = standing.now();
        if (verdict.status().isEmpty()) {
            Problems.unusable(ctx, StoreStanding.unusableReason(verdict.failure().orElseThrow()), backend,
                    persistenceMode, verdict.status());
            return;
        }
        boolean usable = verdict.failure().isEmpty();
        Optional<AuditPrunes> pruned = usable ? Optional.of(prunes.get()) : Optional.empty();
        Optional<AuditChainView> audit = usable ? auditChain() : Optional.empty();
        Responses.json(ctx, 200, StoreSummaryView.of(verdict.status().orElseThrow(),
                verdict.failure().map(StoreStanding::unusableReason), pruned, audit));
    }

    /** The audit chain's part of the summary; absent when its head cannot be read (the status read says why). */
    private Optional<AuditChainView> auditChain() {
        Optional<ChainWatch.Verification> last = chain.latest();
        AuditHeadView head;
        try {
            head = AuditHeadView.of(chain.head());
        } catch (StoreException e) {
            return Optional.empty();
        }
        return Optional.of(new AuditChainView(head, chain.verifying(),
                last.map(v -> ChainVerificationView.of(v.finishedAt(), v.took(), v.verdict())).orElse(null)));
    }

    private void check(Context ctx) {
        BearerAuth.require(ctx, Role.ADMIN);
        QueryParams.of(ctx, Set.of());
        Responses.json(ctx, 200, StoreView.of(deepCheck.get()));
    }
}
