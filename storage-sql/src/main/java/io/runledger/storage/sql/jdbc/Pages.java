package io.runledger.storage.sql.jdbc;

import io.runledger.storage.api.Page;
import io.runledger.storage.api.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Keyset pages: a query asks for {@code limit + 1} rows after the key, so {@code nextAfter} is
 * present exactly when at least one more row followed.
 */
public final class Pages {
    private Pages() {
    }

    /** How many rows a page query fetches. */
    public static int fetchSize(PageRequest request) {
        return request.limit() + 1;
    }

    public static <T> Page<T> of(List<T> rows, PageRequest request, Function<T, String> key) {
        if (rows.size() <= request.limit()) {
            return new Page<>(rows, Optional.empty());
        }
        List<T> items = rows.subList(0, request.limit());
        return new Page<>(items, Optional.of(key.apply(items.get(items.size() - 1))));
    }
}
