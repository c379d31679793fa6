package io.runledger.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.runledger.domain.ChainCheck;
import io.runledger.http.json.AuditHeadView;
import java.util.Set;

/**
 * {@code GET /v1/audit/head} (read role): the audit chain's head, {@code {seq, chain, ts}} — what a client
 * keeps outside the store and later checks with {@code runledger audit verify --head} (docs/AUDIT_CHAIN.md).
 * Read from the store at each request: two small reads, no walk.
 */
final class AuditHeadRoute {
    private final ChainCheck chain;

    AuditHeadRoute(ChainCheck chain) {
        this.chain = chain;
    }

    void register(RoutesConfig routes) {
        routes.get("/v1/audit/head", this::head);
    }

    private void head(Context ctx) {
        QueryParams.of(ctx, Set.of());
        Responses.json(ctx, 200, AuditHeadView.of(chain.head()));
    }
}
