package io.runledger.storage.support;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The bounded wait for a lock that someone else holds: try, and try again every
 * {@value #POLL_MILLIS} ms until the attempt succeeds or the time is up. Every lock wait of the
 * adapters (SQLite's migration lock, the JSON store's lock, PostgreSQL's advisory lock) polls this
 * way, so that each names its holder in the same way after the same kind of wait.
 */
public final class LockWait {
    /** How often an attempt is repeated while the lock is taken. */
    public static final long POLL_MILLIS = 50;

    private LockWait() {
    }

    /**
     * One attempt to take a lock without waiting.
     *
     * @param <T> what a successful attempt yields (the lock)
     * @param <X> the checked exception an attempt may throw
     */
    @FunctionalInterface
    public interface Attempt<T, X extends Exception> {
        /** The lock if it was free and is now taken; empty if someone else holds it. */
        Optional<T> tryOnce() throws X;
    }

    /**
     * Runs {@code attempt} until it yields a value, at least once and for at most about
     * {@code timeoutMillis}; empty when the time ran out. A failing attempt ends the wait at once.
     *
     * @throws InterruptedException when the waiting thread is interrupted; callers decide what that means
     */
    public static <T, X extends Exception> Optional<T> upTo(long timeoutMillis, Attempt<T, X> attempt)
            throws X, InterruptedException {
        long start = System.nanoTime();
        long timeoutNanos = TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (true) {
            Optional<T> taken = attempt.tryOnce();
            if (taken.isPresent()) {
                return taken;
            }
            long leftNanos = timeoutNanos - (System.nanoTime() - start);
            if (leftNanos <= 0) {
                return Optional.empty();
            }
            Thread.sleep(Math.max(1, Math.min(POLL_MILLIS, TimeUnit.NANOSECONDS.toMillis(leftNanos))));
        }
    }
}
