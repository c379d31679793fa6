package io.runledger.http;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import java.util.Locale;
import org.eclipse.jetty.ee10.servlet.ServletContextResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens once a request has been answered: its duration goes to {@link ServerMetrics} under its
 * route template, and, unless {@code http.access_log=false}, one access log line is written (logger
 * {@code io.runledger.http.access}, level INFO) with the method, route template, status, duration,
 * response bytes, request id and the token's role — never the token, the raw path or the query, which
 * may carry what a client should not have sent. Then the request's logging context ends.
 */
final class RequestLog {
    static final String LOGGER = "io.runledger.http.access";
    /** The route of a request no route matched (a 404): raw paths would make one time series per typo. */
    static final String UNMATCHED = "unmatched";
    /** The route of the web console's files, served without an endpoint. */
    static final String STATIC = "static";
    private static final Logger ACCESS = LoggerFactory.getLogger(LOGGER);

    private final ServerMetrics metrics;
    private final boolean accessLog;

    RequestLog(ServerMetrics metrics, boolean accessLog) {
        this.metrics = metrics;
        this.accessLog = accessLog;
    }

    void answered(Context ctx, Float millis) {
        try {
            String route = route(ctx);
            int status = ctx.statusCode();
            metrics.request(ctx.method().name(), route, status, (long) (millis * 1_000_000L));
            if (accessLog) {
                long bytes = bytesWritten(ctx);
                String role = BearerAuth.roleOf(ctx).map(Role::wireName).orElse("-");
                String duration = String.format(Locale.ROOT, "%.1f", millis);
                // one preformatted message: a JSON log line then shows it as read, not as a pattern
                ACCESS.atInfo().addKeyValue("method", ctx.method().name()).addKeyValue("route", route)
                        .addKeyValue("status", status).addKeyValue("duration_ms", duration).addKeyValue("bytes", bytes)
                        .addKeyValue("role", role)
                        .log(ctx.method().name() + " " + route + " " + status + " " + duration + " ms " + bytes
                                + " bytes role " + role);
            }
        } finally {
            RequestIds.release();
        }
    }

    /** The body bytes written to Jetty's servlet output (before compression); -1 when it is not Jetty's. */
    private static long bytesWritten(Context ctx) {
        ServletContextResponse response = ServletContextResponse.getServletContextResponse(ctx.res());
        return response == null ? -1 : response.getHttpOutput().getWritten();
    }

    private static String route(Context ctx) {
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        if (endpoint != null) {
            return endpoint.path;
        }
        return ctx.statusCode() == 404 ? UNMATCHED : STATIC;
    }
}
