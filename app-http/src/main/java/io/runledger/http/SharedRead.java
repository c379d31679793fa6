package io.runledger.http;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A read that at most one request runs at a time (single flight): a request arriving while the read
 * runs waits for it and shares its outcome, value or failure alike, and a finished outcome is reused
 * until it is {@code maxAge} old. So a burst of unauthenticated {@code GET /health} requests costs the
 * store one read (one connection) per {@code maxAge}, and an expensive check one run at a time
 * ({@code maxAge} zero: shared while it runs, never reused after).
 */
final class SharedRead<T> {
    private final Supplier<T> source;
    private final long maxAgeNanos;
    private final LongSupplier nanoTime;
    private CompletableFuture<T> latest;
    private long finishedAt;

    SharedRead(Supplier<T> source, Duration maxAge, LongSupplier nanoTime) {
        this.source = Objects.requireNonNull(source, "source");
        this.maxAgeNanos = maxAge.toNanos();
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
        if (maxAgeNanos < 0) {
            throw new IllegalArgumentException("a maximum age cannot be negative");
        }
    }

    SharedRead(Supplier<T> source, Duration maxAge) {
        this(source, maxAge, System::nanoTime);
    }

    /** The running read's outcome, a recent one, or that of a new read made by this caller. */
    T get() {
        CompletableFuture<T> flight;
        boolean mine = false;
        synchronized (this) {
            if (latest == null || latest.isDone() && nanoTime.getAsLong() - finishedAt >= maxAgeNanos) {
                latest = new CompletableFuture<>();
                mine = true;
            }
            flight = latest;
        }
        if (mine) {
            read(flight);
        }
        try {
            return flight.join();
        } catch (CompletionException e) {
            throw rethrown(e.getCause());
        }
    }

    private void read(CompletableFuture<T> flight) {
        try {
            T value = source.get();
            finished(flight);
            flight.complete(value);
        } catch (RuntimeException | Error e) {
            finished(flight);
            flight.completeExceptionally(e);
        }
    }

    private synchronized void finished(CompletableFuture<T> flight) {
        if (flight == latest) {
            finishedAt = nanoTime.getAsLong();
        }
    }

    private static RuntimeException rethrown(Throwable failure) {
        if (failure instanceof RuntimeException runtime) {
            return runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(failure);
    }
}
