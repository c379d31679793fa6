package io.runledger.storage.tck;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Whether a thread is waiting for a lock right now: asleep between two attempts of storage-support's
 * bounded lock wait ({@code LockWait.upTo}), which every adapter's lock (SQLite's migration lock file,
 * the JSON store's lock, PostgreSQL's advisory lock) waits with. A test that asserts "the waiter
 * still waits" first sees the waiter here, instead of sleeping and hoping it has started.
 */
public final class LockWaiters {
    private static final String LOCK_WAIT = "io.runledger.storage.support.LockWait";

    private LockWaiters() {
    }

    /** True while {@code thread} sleeps inside the lock wait: its first attempt found the lock taken. */
    public static boolean waiting(Thread thread) {
        return thread.getState() == Thread.State.TIMED_WAITING && Arrays.stream(thread.getStackTrace())
                .anyMatch(frame -> frame.getClassName().equals(LOCK_WAIT) && frame.getMethodName().equals("upTo"));
    }

    /**
     * Starts {@code work} on {@code pool} and returns once its thread {@link #waiting waits} for a lock;
     * fails at once if the work ends without waiting.
     */
    public static <T> Future<T> startedAndWaiting(ExecutorService pool, Callable<T> work) {
        AtomicReference<Thread> worker = new AtomicReference<>();
        Future<T> result = pool.submit(() -> {
            worker.set(Thread.currentThread());
            return work.call();
        });
        await("the work waits for the lock").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(5))
                .failFast("the work ended without waiting for the lock", result::isDone)
                .until(() -> worker.get() != null && waiting(worker.get()));
        return result;
    }
}
