package io.runledger.storage.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.runledger.storage.api.Page;
import io.runledger.storage.api.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Walks keyset pages to the end, checking the page contract on every step. */
public final class Pages {
    private static final int MAX_PAGES = 10_000;

    private Pages() {
    }

    /**
     * Every item of a paged query, page by page with {@code limit}. Checks that a page with
     * {@code nextAfter} is full, that its key is its last item's key, and that a record follows it:
     * stores look one record ahead, so an exactly full last page has no {@code nextAfter} either.
     */
    public static <T> List<T> walk(int limit, Function<PageRequest, Page<T>> query, Function<T, String> keyOf) {
        List<T> all = new ArrayList<>();
        PageRequest request = PageRequest.first(limit);
        for (int pages = 0; pages < MAX_PAGES; pages++) {
            Page<T> page = query.apply(request);
            assertTrue(page.items().size() <= limit, () -> "a page holds at most limit=" + limit + " items");
            if (pages > 0) {
                assertFalse(page.items().isEmpty(),
                        "nextAfter was present but no record followed: a store must look ahead and leave nextAfter out on the last page");
            }
            all.addAll(page.items());
            Optional<String> next = page.nextAfter();
            if (next.isEmpty()) {
                return all;
            }
            assertEquals(limit, page.items().size(), "a page followed by another must be full");
            assertEquals(keyOf.apply(page.items().get(page.items().size() - 1)), next.get(),
                    "nextAfter is the key of the page's last item");
            request = request.next(next.get());
        }
        return fail("paging did not end after " + MAX_PAGES + " pages");
    }
}
