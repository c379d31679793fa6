package io.runledger.cli;

import io.runledger.bootstrap.AuditSettings;
import io.runledger.bootstrap.LedgerRuntime;
import io.runledger.bootstrap.ServeSettings;
import io.runledger.domain.transfer.SchemaUpgrade;
import io.runledger.http.AccessTokens;
import io.runledger.http.HttpSettings;
import io.runledger.http.LedgerServer;
import io.runledger.storage.api.MigrationReport;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.StoreStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code runledger serve}: the HTTP API until SIGTERM or SIGINT. A missing store is created at the
 * head schema; pending migrations are applied unless {@code migrate.auto=false}; a newer schema is
 * refused. On shutdown the server stops (requests in flight finish) and the store is closed.
 */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Serve the HTTP API (runs, steps, audit; /health, /livez, /readyz; /metrics; /openapi.json) until stopped with SIGTERM or "
                    + "Ctrl-C. A missing store is created at the head schema; pending migrations are applied "
                    + "unless migrate.auto=false (RUNLEDGER_MIGRATE_AUTO), after a verified backup when "
                    + "migrate.backup=true (as `db migrate --backup` takes it); a store newer than this binary is "
                    + "refused (schema_newer_than_binary).",
            "Bearer tokens come from RUNLEDGER_TOKENS or the config file key http.tokens, as "
                    + "ROLE:TOKEN,... with roles read, write, admin (a token may be given as sha256:<hex>). "
                    + "Without tokens authentication is off, only a loopback --host is allowed and only requests "
                    + "whose Host is localhost, 127.0.0.1, [::1] or one of http.allowed_hosts are answered.",
            "Every request is logged in one access line on stderr (http.access_log=false turns it off); "
                    + "log.format=json writes one JSON object per line. GET /metrics needs the read role unless "
                    + "http.metrics_public=true. See docs/OPERATIONS.md."})
final class ServeCommand implements Callable<Integer> {
    private final CommandContext context;
    private final CountDownLatch stopped = new CountDownLatch(1);

    @Option(names = "--host", paramLabel = "HOST", defaultValue = HttpSettings.DEFAULT_HOST,
            description = "Address to listen on (default: ${DEFAULT-VALUE}). A non-loopback address needs tokens.")
    private String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + HttpSettings.DEFAULT_PORT,
            description = "Port to listen on (default: ${DEFAULT-VALUE}); 0 picks a free port and prints it.")
    private int port;

    ServeCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        LedgerRuntime runtime = context.openRuntime();
        LedgerServer server;
        HttpSettings settings;
        ServeSettings serve;
        try {
            serve = ServeSettings.resolve(runtime.config(), context.env());
            AccessTokens tokens = serve.tokens().map(list -> AccessTokens.parse(list, serve.tokensOrigin()))
                    .orElse(AccessTokens.none());
            settings = new HttpSettings(host, port, serve.maxBodyBytes(), tokens)
                    .withAllowedHosts(serve.allowedHosts()).withIdleTimeout(serve.idleTimeout())
                    .withHealthMaxAge(Duration.ofMillis(serve.healthMaxAgeMs()))
                    .withMetricsPublic(serve.metricsPublic()).withAccessLog(serve.accessLog())
                    .withAudit(AuditSettings.resolve(runtime.config()));
            prepare(runtime, serve.migrateAuto());
            server = LedgerServer.start(runtime, settings);
        } catch (RuntimeException e) {
            runtime.close();
            throw e;
        }
        String store = runtime.config().backend().value() + " store at " + runtime.config().displayLocation();
        context.console().line("runledger: serving the " + store + " on http://" + hostForUrl(host) + ":" + server.port());
        context.console().line(settings.authenticated()
                ? "runledger: authentication on (bearer tokens from " + serve.tokensOrigin() + ")"
                : "runledger: authentication off (no tokens configured; listening on loopback only)");
        context.console().flush();
        Thread hook = new Thread(() -> stop(server, runtime), "runledger-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            // stopped from inside the process (tests, embedding): shut down as the signal would
            Runtime.getRuntime().removeShutdownHook(hook);
            stop(server, runtime);
        }
        return 0;
    }

    private void stop(LedgerServer server, LedgerRuntime runtime) {
        try {
            server.close();
        } finally {
            runtime.close();
            stopped.countDown();
        }
    }

    /**
     * Brings the store to the head schema as the settings allow (migrate.auto, migrate.backup), repairs
     * records an interrupted migrator left behind, or refuses to start.
     */
    private void prepare(LedgerRuntime runtime, boolean migrateAuto) {
        StoreStatus status = runtime.admin().status();
        status.requireNotNewer();
        if (status.atHead() && !status.repairPending()) {
            return;
        }
        if (status.initialized() && !status.pending().isEmpty() && !migrateAuto) {
            throw new StoreException(ReasonCode.SCHEMA_PENDING, status.backend() + " store at "
                    + runtime.config().displayLocation() + " has schema version " + status.schemaVersion()
                    + " and this runledger needs " + status.schemaHead() + "; migrate.auto is false, so run "
                    + "`runledger db migrate` (consider --backup) and start serve again");
        }
        SchemaUpgrade.Outcome outcome = runtime.schemaUpgrade(false, context.resolve(Path.of(""))).migrate(false);
        outcome.backup().ifPresent(line -> context.console().diagnostic("runledger: " + line));
        MigrationReport report = outcome.report();
        context.console().diagnostic(!status.initialized()
                ? "runledger: created a new store at schema version " + report.toVersion()
                : outcome.nothingApplied()
                ? "runledger: recorded schema version " + report.toVersion() + " in the store's records, which an "
                        + "interrupted migration had left behind its schema"
                : "runledger: migrated the store from schema version " + report.fromVersion() + " to " + report.toVersion());
    }

    private static String hostForUrl(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }
}
