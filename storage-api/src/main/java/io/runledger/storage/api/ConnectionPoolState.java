package io.runledger.storage.api;

import java.util.Objects;

/**
 * One connection pool of an open store at a moment: {@code name} tells the pools of a store apart
 * (e.g. {@code writer}, {@code reader}); {@code active} connections are lent out, {@code idle} wait in
 * the pool, {@code pending} threads wait for one, and the pool holds at most {@code max}.
 */
public record ConnectionPoolState(String name, int active, int idle, int pending, int max) {
    public ConnectionPoolState {
        Objects.requireNonNull(name, "name");
    }
}
