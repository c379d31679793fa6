package io.runledger.http;

import io.javalin.http.Context;
import io.runledger.storage.api.PageRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Strict reading of a query string: an unknown or repeated parameter is a {@code validation_failed},
 * so a typo in a filter never silently widens a listing. {@code limit} is 1..1000 (default 100) and
 * {@code cursor} is the opaque {@code next_cursor} of the previous page.
 */
final class QueryParams {
    static final int DEFAULT_LIMIT = 100;
    private static final Pattern BROKEN_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");

    private final Map<String, List<String>> params;

    private QueryParams(Map<String, List<String>> params) {
        this.params = params;
    }

    static QueryParams of(Context ctx, Set<String> allowed) {
        // The query decoder silently drops a parameter with a broken escape ("status=%E"): that would
        // widen the listing, so such a query string is refused before it is decoded.
        String raw = ctx.queryString();
        if (raw != null && BROKEN_ESCAPE.matcher(raw).find()) {
            throw ApiFailure.invalid("the query string has a % that is not followed by two hex digits");
        }
        Map<String, List<String>> params = ctx.queryParamMap();
        params.forEach((name, values) -> {
            if (!allowed.contains(name)) {
                throw ApiFailure.invalid("unknown query parameter \"" + shorten(name) + "\"; allowed are "
                        + String.join(", ", new TreeSet<>(allowed)));
            }
            if (values.size() > 1) {
                throw ApiFailure.invalid("query parameter " + name + " is given more than once");
            }
        });
        return new QueryParams(params);
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(params.get(name)).flatMap(values -> values.stream().findFirst());
    }

    /** The page the {@code limit} and {@code cursor} parameters ask for. */
    PageRequest page() {
        int limit = get("limit").map(QueryParams::limit).orElse(DEFAULT_LIMIT);
        return new PageRequest(limit, Cursor.decode(get("cursor")));
    }

    private static int limit(String text) {
        if (text.matches("[0-9]{1,4}")) {
            int limit = Integer.parseInt(text);
            if (limit >= 1 && limit <= PageRequest.MAX_LIMIT) {
                return limit;
            }
        }
        throw ApiFailure.invalid("limit must be a whole number from 1 to " + PageRequest.MAX_LIMIT
                + " (got \"" + shorten(text) + "\")");
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
