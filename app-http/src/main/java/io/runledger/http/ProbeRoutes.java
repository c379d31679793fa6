package io.runledger.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.runledger.http.json.LiveView;
import io.runledger.storage.api.ReasonCode;

/**
 * The probes of an orchestrator, without a token. {@code GET /livez}: the process answers; it never
 * touches the store, so a store outage never gets a healthy process restarted. {@code GET /readyz}: the
 * store can serve — open, its schema within this binary's window, not locked out (all from the shared
 * {@link StoreStanding}), and its volume not full (less than {@link StoreSize#MIN_USABLE_BYTES} left is
 * {@code storage_full}); otherwise 503 with the reason, so traffic goes elsewhere until it recovers.
 */
final class ProbeRoutes {
    private final StoreStanding standing;
    private final StoreSize size;
    private final Handler health;
    private final String backend;
    private final String persistenceMode;

    /** {@code health} answers as {@code GET /health} does: 200 at the schema head, else 503 with the reason. */
    ProbeRoutes(StoreStanding standing, StoreSize size, Handler health, String backend, String persistenceMode) {
        this.standing = standing;
        this.size = size;
        this.health = health;
        this.backend = backend;
        this.persistenceMode = persistenceMode;
    }

    void register(RoutesConfig routes) {
        routes.get("/livez", ctx -> Responses.json(ctx, 200, new LiveView("ok")));
        routes.get("/readyz", this::ready);
    }

    private void ready(Context ctx) throws Exception {
        StoreStanding.Verdict verdict = standing.now();
        if (verdict.failure().isEmpty() && size.volumeFull()) {
            Problems.notReady(ctx, ReasonCode.STORAGE_FULL, "the volume of the store has less than "
                    + StoreSize.MIN_USABLE_BYTES / (1024 * 1024) + " MiB usable; free space before sending writes here",
                    backend, persistenceMode, verdict.status().orElseThrow());
            return;
        }
        health.handle(ctx);
    }
}
