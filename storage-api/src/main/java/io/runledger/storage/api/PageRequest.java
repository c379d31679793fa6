package io.runledger.storage.api;

import java.util.Objects;
import java.util.Optional;

/**
 * Keyset pagination: at most {@code limit} records whose ordering id is strictly after {@code after}.
 * Pages are stable under concurrent appends: a record never shows up twice, and none that existed
 * when the first page was read is skipped.
 */
public record PageRequest(int limit, Optional<String> after) {
    public static final int MAX_LIMIT = 1_000;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new StoreException(ReasonCode.VALIDATION_FAILED, "limit must be between 1 and " + MAX_LIMIT + " (got " + limit + ")");
        }
        Objects.requireNonNull(after, "after");
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, Optional.empty());
    }

    public PageRequest next(String afterKey) {
        return new PageRequest(limit, Optional.of(afterKey));
    }
}
