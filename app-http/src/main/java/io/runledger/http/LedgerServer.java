package io.runledger.http;

import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.runledger.bootstrap.LedgerRuntime;
import io.runledger.domain.ChainCheck;
import io.runledger.storage.api.AuditPrunes;
import io.runledger.storage.api.CommittedAudit;
import io.runledger.domain.LedgerObservers;
import io.runledger.storage.api.Store;
import io.runledger.storage.api.StoreException;
import java.util.Objects;

/**
 * The Runledger HTTP API on Javalin, listening until {@link #close()}. It serves the store of one
 * {@link LedgerRuntime}, which the caller opened (at the schema head) and closes after the server.
 */
public final class LedgerServer implements AutoCloseable {
    private final Javalin app;
    private final ServerMetrics metrics;
    private final LedgerObservers.Subscription observing;
    private final ChainWatch watch;

    private LedgerServer(Javalin app, ServerMetrics metrics, LedgerObservers.Subscription observing, ChainWatch watch) {
        this.app = app;
        this.metrics = metrics;
        this.observing = observing;
        this.watch = watch;
    }

    /**
     * Starts the API for this runtime's store and returns once it listens. The store must be at this
     * binary's schema head (see {@link LedgerRuntime#store()}); the runtime stays open until the caller
     * closes it, after this server.
     */
    public static LedgerServer start(LedgerRuntime runtime, HttpSettings settings) {
        Store store = runtime.store();
        // the server reads its open store's chain: in memory (JSON), or through its pools
        ChainCheck chain = new ChainCheck(() -> CommittedAudit.of(store), settings.audit().verifyBudget(), 1);
        Services services = new Services(runtime.runRecorder(), runtime.stepRecorder(), runtime.auditTrail(),
                () -> runtime.admin().status(), () -> runtime.doctor().examine(runtime.admin(), chain),
                () -> new AuditPrunes(runtime.store().auditRetention().prunes()),
                () -> runtime.admin().footprint(), store::connectionPools, runtime.observers(), chain);
        return start(services, runtime.provider().id(), runtime.provider().persistenceMode(), settings);
    }

    static LedgerServer start(Services services, String backend, String persistenceMode, HttpSettings settings) {
        Objects.requireNonNull(settings, "settings");
        RequestBody body = new RequestBody(settings.maxBodyBytes(), settings.idleTimeout());
        BearerAuth auth = new BearerAuth(settings.tokens());
        HostGuard hosts = new HostGuard(!settings.authenticated(), settings.allowedHosts());
        StoreStanding standing = new StoreStanding(services.storeStatus(), settings.healthMaxAge());
        // --- observability: metrics, request ids, access log, probes (see docs/OPERATIONS.md) ---
        ServerMetrics metrics = new ServerMetrics();
        StoreSize size = new StoreSize(services.footprint(), settings.healthMaxAge());
        StoreMetrics storeMetrics = new StoreMetrics(metrics.registry(), backend, standing, size, services.pools());
        RequestLog requestLog = new RequestLog(metrics, settings.accessLog());
        // --- end observability ---
        ChainWatch watch = new ChainWatch(services.chain(), settings.audit().verifyMaxAge());
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = settings.maxBodyBytes();
            config.jetty.modifyServer(server -> server.setErrorHandler(new ProtocolProblems()));
            config.jetty.modifyHttpConfiguration(http -> http.setIdleTimeout(settings.idleTimeout().toMillis()));
            config.requestLogger.http(requestLog::answered);
            config.routes.before(RequestIds::assign);
            config.routes.before(hosts::check);
            config.routes.before("/v1/*", auth::check);
            config.routes.exception(StoreException.class, Problems::store);
            config.routes.exception(HttpResponseException.class, Problems::framework);
            config.routes.exception(Exception.class, Problems::unexpected);
            HealthRoutes health = new HealthRoutes(standing, backend, persistenceMode);
            health.register(config.routes);
            // --- observability routes ---
            new ProbeRoutes(standing, size, health::health, backend, persistenceMode).register(config.routes);
            new MetricsRoutes(metrics, auth, settings.metricsPublic()).register(config.routes);
            // --- end observability routes ---
            // run aggregates: before /v1/runs/{run_id}, which would take "stats" for a run id
            new RunStatsRoute(services.runs(), java.time.Clock.systemUTC()).register(config.routes);
            new RunRoutes(services.runs(), body).register(config.routes);
            new StepRoutes(services.runs(), services.steps(), body).register(config.routes);
            new AuditHeadRoute(services.chain()).register(config.routes);
            new AuditRoutes(services.audit(), body).register(config.routes);
            new StoreRoutes(standing, services.doctor(), services.prunes(), watch, backend, persistenceMode).register(config.routes);
            WebConsole.register(config);
        });
        LedgerObservers.Subscription observing = services.observers().subscribe(storeMetrics);
        try {
            app.start(settings.host(), settings.port());
        } catch (RuntimeException e) {
            observing.close();
            metrics.close();
            watch.close();
            throw e;
        }
        watch.start();
        return new LedgerServer(app, metrics, observing, watch);
    }

    /** The port the server listens on (the chosen one when started with port 0). */
    public int port() {
        return app.port();
    }

    /** Stops listening; requests in flight finish first. Never throws. */
    @Override
    public void close() {
        try {
            app.stop();
        } finally {
            watch.close();
            observing.close();
            metrics.close();
        }
    }
}
