package io.runledger.http;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.runledger.domain.IdGenerator;
import io.runledger.http.json.ProblemView;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.Redaction;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.StoreStatus;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into an RFC 9457 problem ({@code application/problem+json}) whose status is the
 * reason's HTTP status. A reason without an HTTP status (a CLI-only reason reaching the API would be a
 * bug) and any unexpected exception become {@code internal_error} with a correlation id that is
 * logged with the stack trace; the body never carries a stack trace.
 */
final class Problems {
    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);
    private static final IdGenerator CORRELATION_IDS = new IdGenerator(Clock.systemUTC());
    private static final String TYPE_PREFIX = "urn:runledger:reason:";

    private Problems() {
    }

    static void store(StoreException failure, Context ctx) {
        ReasonCode reason = failure.reason();
        if (reason.httpStatus().isEmpty() || reason == ReasonCode.INTERNAL_ERROR) {
            unexpected(failure, ctx);
            return;
        }
        if (reason == ReasonCode.UNAUTHORIZED) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"runledger\"");
        }
        LOG.debug("{} {} failed with {}", ctx.method(), ctx.path(), reason);
        respond(ctx, reason, failure.getMessage());
    }

    static void respond(Context ctx, ReasonCode reason, String detail) {
        int status = reason.httpStatus().orElseThrow();
        Responses.problem(ctx, status, new ProblemView(TYPE_PREFIX + reason.code(), reason.title(), status,
                Redaction.hideSecrets(detail), reason.code(), null, null, null));
    }

    /**
     * A 503 for a caller who may not learn why the store is unusable (no token needed, or the read
     * role): the reason, the backend and, when they could be read, the schema numbers. The detail
     * (paths, hosts, pids) is in the server log and in the admin role's {@code GET /v1/store/check}.
     */
    static void unusable(Context ctx, ReasonCode reason, String backend, String persistenceMode, Optional<StoreStatus> read) {
        int status = reason.httpStatus().orElseThrow();
        Responses.problem(ctx, status, new ProblemView(TYPE_PREFIX + reason.code(), reason.title(), status,
                "the store is not usable (" + reason.code() + "); the server log has the details, and so has"
                        + " GET /v1/store/check for the admin role", reason.code(), null, backend, persistenceMode,
                read.map(StoreStatus::schemaVersion).orElse(null), read.map(StoreStatus::schemaHead).orElse(null)));
    }

    /**
     * A 503 of {@code GET /readyz} for a reason whose own status differs (a full volume is
     * {@code storage_full}, 507 for a write, but a probe answers 503 whatever keeps it from being ready).
     */
    static void notReady(Context ctx, ReasonCode reason, String detail, String backend, String persistenceMode,
                         StoreStatus status) {
        Responses.problem(ctx, 503, new ProblemView(TYPE_PREFIX + reason.code(), reason.title(), 503, detail,
                reason.code(), null, backend, persistenceMode, status.schemaVersion(), status.schemaHead()));
    }

    /** Javalin's own answers (no such route, method not allowed): problems without a reason code. */
    static void framework(HttpResponseException failure, Context ctx) {
        int status = failure.getStatus();
        if (status >= 500) {
            unexpected(failure, ctx);
            return;
        }
        String detail = status == 404 ? "no such endpoint: " + ctx.method() + " " + ctx.path()
                + "; see /openapi.json" : failure.getMessage();
        Responses.problem(ctx, status, new ProblemView("about:blank", failure.getMessage(), status, detail,
                null, null, null, null));
    }

    static void unexpected(Exception failure, Context ctx) {
        String correlationId = CORRELATION_IDS.next();
        LOG.error("internal error {} on {} {}", correlationId, ctx.method(), ctx.path(), failure);
        ReasonCode reason = ReasonCode.INTERNAL_ERROR;
        int status = reason.httpStatus().orElseThrow();
        Responses.problem(ctx, status, new ProblemView(TYPE_PREFIX + reason.code(), reason.title(), status,
                "internal error " + correlationId + "; the server log has the details", reason.code(),
                correlationId, null, null));
    }
}
