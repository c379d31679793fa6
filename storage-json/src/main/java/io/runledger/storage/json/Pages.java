package io.runledger.storage.json;

import io.runledger.storage.api.Page;
import io.runledger.storage.api.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.function.Predicate;

/** Keyset pages over an id-ordered map: records strictly after the page's key, at most its limit. */
final class Pages {
    private Pages() {
    }

    static <T> Page<T> of(NavigableMap<String, T> byId, Predicate<T> filter, PageRequest page) {
        NavigableMap<String, T> rest = page.after().map(after -> byId.tailMap(after, false)).orElse(byId);
        List<T> items = new ArrayList<>();
        String lastKey = null;
        for (Map.Entry<String, T> entry : rest.entrySet()) {
            if (!filter.test(entry.getValue())) {
                continue;
            }
            if (items.size() == page.limit()) {
                return new Page<>(items, Optional.of(lastKey));
            }
            items.add(entry.getValue());
            lastKey = entry.getKey();
        }
        return new Page<>(items, Optional.empty());
    }
}
