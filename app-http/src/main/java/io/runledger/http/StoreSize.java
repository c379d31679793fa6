package io.runledger.http;

import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.StoreFootprint;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's footprint for {@code /readyz} and {@code /metrics}, read through one {@link SharedRead}
 * so that probes and scrapes together cost one read per maximum age (one query on PostgreSQL). A read
 * that fails counts as unknown: the status read of {@link StoreStanding} is what reports an unusable store.
 */
final class StoreSize {
    /** Below this much usable space a file store is not ready: a write could fail half-way through a batch. */
    static final long MIN_USABLE_BYTES = 16L * 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(StoreSize.class);

    private final SharedRead<StoreFootprint> shared;

    StoreSize(Supplier<StoreFootprint> footprint, Duration maxAge) {
        this.shared = new SharedRead<>(footprint, maxAge);
    }

    /** Whether the store's volume has less than {@link #MIN_USABLE_BYTES} usable (false when unknown). */
    boolean volumeFull() {
        OptionalLong usable = now().usableBytes();
        return usable.isPresent() && usable.getAsLong() < MIN_USABLE_BYTES;
    }

    StoreFootprint now() {
        try {
            return shared.get();
        } catch (StoreException e) {
            LOG.debug("the size of the store could not be read ({})", e.reason().code());
            return StoreFootprint.UNKNOWN;
        }
    }
}
