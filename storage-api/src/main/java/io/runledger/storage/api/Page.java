package io.runledger.storage.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One page of records in their ordering; {@code nextAfter} is present when more may follow. */
public record Page<T>(List<T> items, Optional<String> nextAfter) {
    public Page {
        items = List.copyOf(items);
        Objects.requireNonNull(nextAfter, "nextAfter");
    }
}
