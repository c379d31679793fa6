package io.runledger.storage.api;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * What a store occupies, for monitoring: {@code bytes}, the size of its files (SQLite's database, WAL
 * and journal; the JSON store's snapshot and journal) or of its relations (PostgreSQL, indexes and
 * TOAST included); and {@code usableBytes}, the space left on the volume that holds a file store
 * (empty where the server's disk is not this process's to see). Either is empty when unknown.
 */
public record StoreFootprint(OptionalLong bytes, OptionalLong usableBytes) {
    /** Nothing known. */
    public static final StoreFootprint UNKNOWN = new StoreFootprint(OptionalLong.empty(), OptionalLong.empty());

    public StoreFootprint {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(usableBytes, "usableBytes");
    }
}
