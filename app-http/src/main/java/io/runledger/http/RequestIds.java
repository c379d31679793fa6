package io.runledger.http;

import io.javalin.http.Context;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * The id of each request: the client's {@code X-Request-Id} when it is a sane token (1–64 characters
 * of {@code A-Z a-z 0-9 . _ : -}), otherwise a new random one. It is echoed in the response header,
 * put in the SLF4J MDC as {@code request_id} for every log line written while the request is handled,
 * and added to every problem body ({@link Responses#problem}).
 */
final class RequestIds {
    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "request_id";
    private static final String ATTRIBUTE = RequestIds.class.getName();
    private static final Pattern SANE = Pattern.compile("[\\w.:-]{1,64}");

    private RequestIds() {
    }

    /** The first before-handler: gives the request its id. */
    static void assign(Context ctx) {
        String id = chosen(ctx.header(HEADER));
        ctx.attribute(ATTRIBUTE, id);
        ctx.header(HEADER, id);
        MDC.put(MDC_KEY, id);
    }

    /** The id of this request, when it was assigned one (every request that reached the router was). */
    static Optional<String> of(Context ctx) {
        return Optional.ofNullable(ctx.attribute(ATTRIBUTE));
    }

    /** The client's id when it is sane, else a new one. */
    static String chosen(String given) {
        return given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
    }

    /** Ends the request's logging context (the thread serves other requests next). */
    static void release() {
        MDC.remove(MDC_KEY);
    }
}
