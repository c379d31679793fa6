package io.runledger.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.runledger.http.json.ItemsView;
import io.runledger.http.json.ProblemView;
import io.runledger.storage.api.Page;
import java.util.List;
import java.util.function.Function;

/** Writes response bodies: {@code application/json} for results, {@code application/problem+json} for problems. */
final class Responses {
    static final String JSON = "application/json";
    static final String PROBLEM_JSON = "application/problem+json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Responses() {
    }

    static void json(Context ctx, int status, Object body) {
        write(ctx, status, JSON, body);
    }

    /** A problem, carrying the request's id. */
    static void problem(Context ctx, int status, ProblemView body) {
        write(ctx, status, PROBLEM_JSON, RequestIds.of(ctx).map(body::withRequestId).orElse(body));
    }

    /** A page as {@code {items, next_cursor}}, each record shown through {@code view}. */
    static <T, V> void page(Context ctx, Page<T> page, Function<T, V> view) {
        List<V> items = page.items().stream().map(view).toList();
        json(ctx, 200, new ItemsView<>(items, page.nextAfter().map(Cursor::encode).orElse(null)));
    }

    private static void write(Context ctx, int status, String contentType, Object body) {
        try {
            ctx.status(status).contentType(contentType).result(MAPPER.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a response view could not be written as JSON", e);
        }
    }
}
