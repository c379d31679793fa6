/**
 * The HTTP API on Javalin (reference: docs/HTTP.md). Exported only to the CLI, whose {@code serve}
 * command resolves the settings, brings the store to the head schema and starts {@link LedgerServer}.
 *
 * <ul>
 *   <li>{@link LedgerServer} builds the app with every route configured up front: {@link HealthRoutes}
 *       ({@code /health}, {@code /openapi.json}, no token), {@link RunStatsRoute} ({@code GET /v1/runs/stats},
 *       registered before {@code /v1/runs/{run_id}}), {@link RunRoutes}, {@link StepRoutes},
 *       {@link AuditRoutes}, {@link AuditHeadRoute} ({@code GET /v1/audit/head}) and {@link StoreRoutes} under
 *       {@code /v1}, and the {@link WebConsole}.
 *       Routes call the domain's use cases ({@link Services}: {@code RunRecorder},
 *       {@code StepRecorder}, {@code AuditTrail}, {@code Doctor}), never a port, so a retried audit
 *       append is stored once by the domain's retry rule, as {@code audit append} does in the CLI.
 *       {@link HttpSettings} refuses a non-loopback host without tokens.</li>
 *   <li>{@link HostGuard} runs first, on every path: without tokens only a loopback {@code Host} (or one
 *       of {@code http.allowed_hosts}) is answered, and a state-changing request from another site's
 *       {@code Origin} is refused, with tokens too ({@code host_not_allowed}, 403): no DNS rebinding,
 *       no cross-site writes.</li>
 *   <li>{@link BearerAuth} runs before every {@code /v1} route: {@link AccessTokens} keeps only
 *       SHA-256 digests and compares a presented token with every one using
 *       {@code MessageDigest.isEqual}, so timing does not reveal where bytes differ; {@link Role} is
 *       read &lt; write &lt; admin. A token never appears in a message, log line or response.</li>
 *   <li>{@link RequestBody} requires {@code application/json}, reads at most the configured number of
 *       bytes whatever Content-Length claims ({@code payload_too_large}, 413), requires UTF-8, and
 *       parses with ledger-format's strict parser ({@code io.runledger.format.json.Json}), so the API
 *       accepts exactly what the CLI accepts. A body shorter than its Content-Length is
 *       {@code malformed_json}, one that stalls for the idle timeout {@code request_timeout} (408). {@link RequestFields} refuses unknown fields and values of
 *       the wrong type, {@link QueryParams} unknown or repeated parameters and a broken percent-escape
 *       (which the decoder would silently drop); {@link Cursor} makes the opaque
 *       {@code next_cursor} from the page key and checks it with storage-api's id rule.</li>
 *   <li>Errors are RFC 9457 {@code application/problem+json}: {@link Problems} maps a
 *       {@code StoreException} to its reason's HTTP status, anything else to {@code internal_error}
 *       with a correlation id that is logged with the stack trace, never sent. {@link ApiFailure}
 *       words the failures this layer finds itself. {@link ProtocolProblems} is Jetty's error handler
 *       for what Jetty refuses before routing (an undecodable request target, an over-long URI or
 *       headers): problem+json too (400 {@code validation_failed}; 414, 431 without a reason), with
 *       fixed text, echoing nothing of the request.</li>
 *   <li>What the store status costs: {@link SharedRead} runs a read at most once at a time (single
 *       flight) and reuses its outcome up to a maximum age; {@link StoreStanding} is the one shared
 *       status read behind {@code GET /health} and the {@code GET /v1/store} summary (reused for
 *       {@code http.health_max_age_ms}, default 1 s), so a burst of unauthenticated requests costs one
 *       read — one server connection on PostgreSQL — and logs a failure's detail (secrets hidden)
 *       instead of showing it. {@link HealthRoutes} and {@link Problems#unusable} answer with status,
 *       reason, backend and schema numbers only.</li>
 *   <li>{@link StoreRoutes}: {@code GET /v1/store} (read role) is that summary;
 *       {@code GET /v1/store/check} (admin role, {@link BearerAuth#require}) is the doctor's deep
 *       check, one at a time through a {@link SharedRead} of age zero (a concurrent request shares the
 *       running check's report). Neither shows the store's location or a password. The summary also shows
 *       the audit chain's head and {@link ChainWatch}'s last verification: the server's own, bounded check of
 *       the chain on one background thread (at start, and when a summary finds it older than
 *       {@code audit.verify_max_age_ms}), kept in memory because reading never writes to the store. {@link WebConsole} serves the console's static files from the class path
 *       folder {@code web-console/} (plain ES modules and CSS, no build step); the console uses only
 *       the public {@code /v1} API with the user's token, so it adds no access path.</li>
 *   <li>Observability (docs/OPERATIONS.md): {@link RequestIds} is the first before-handler — the
 *       client's sane {@code X-Request-Id} or a new one, echoed, put in the SLF4J MDC as
 *       {@code request_id} and added to every problem body by {@link Responses#problem}.
 *       {@link RequestLog} is Javalin's request logger: it records each answered request in
 *       {@link ServerMetrics} by route template (never the raw path; {@code unmatched} for a 404,
 *       {@code static} for the console's files), writes the access line ({@code io.runledger.http.access},
 *       key-value pairs for a JSON log; {@code http.access_log=false} turns it off) and ends the MDC.
 *       {@link ServerMetrics} holds Micrometer's Prometheus registry with the JVM and process binders;
 *       {@link StoreMetrics} adds the store's meters — it is the domain's {@code LedgerObserver} for
 *       group commits and stored runs, and reads gauges through {@link StoreStanding} and
 *       {@link StoreSize} (one shared read of storage-api's {@code StoreFootprint}) and the store's
 *       {@code connectionPools()}. {@link MetricsRoutes} serves {@code GET /metrics} (read role, or no
 *       token with {@code http.metrics_public=true}); {@link ProbeRoutes} {@code GET /livez} (never
 *       touches the store) and {@code GET /readyz} (the {@code /health} answer, or 503
 *       {@code storage_full} when the volume is nearly full).</li>
 *   <li>{@link Responses} writes bodies; the views are records in {@link io.runledger.http.json}. The
 *       OpenAPI 3.1 document is a hand-written resource.</li>
 * </ul>
 *
 * Tests: an HTTP contract suite written once ({@code ApiContract} and its subclasses) over an
 * {@code HttpBackendFixture}, run on SQLite, JSON and PostgreSQL against a real server on a free
 * loopback port; every response is validated against {@code /openapi.json} and none may be a 5xx.
 */
package io.runledger.http;
