package io.runledger.http;

import io.javalin.config.RoutesConfig;

/**
 * {@code GET /metrics}: every meter in the Prometheus text format, for the read role, or for anyone
 * when {@code http.metrics_public=true} (a scraper on a private network that holds no token).
 */
final class MetricsRoutes {
    private final ServerMetrics metrics;
    private final BearerAuth auth;
    private final boolean metricsPublic;

    MetricsRoutes(ServerMetrics metrics, BearerAuth auth, boolean metricsPublic) {
        this.metrics = metrics;
        this.auth = auth;
        this.metricsPublic = metricsPublic;
    }

    void register(RoutesConfig routes) {
        if (!metricsPublic) {
            routes.before("/metrics", auth::check);
        }
        routes.get("/metrics", ctx -> ctx.status(200).contentType(ServerMetrics.CONTENT_TYPE).result(metrics.scrape()));
    }
}
