package io.runledger.http.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A list response: {@code items} in the listing's order and {@code next_cursor}, an opaque string to
 * pass as {@code cursor} for the next page, or null when this page is the last one known.
 */
public record ItemsView<T>(@JsonProperty("items") List<T> items, @JsonProperty("next_cursor") String nextCursor) {
    public ItemsView {
        items = List.copyOf(items);
    }
}
