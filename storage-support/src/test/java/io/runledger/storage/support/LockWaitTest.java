package io.runledger.storage.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A bounded wait tries at once, keeps trying until the deadline, and stops as soon as it succeeds. */
class LockWaitTest {
    @Test
    void aFreeLockIsTakenAtTheFirstAttempt() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        assertEquals(Optional.of("lock"), LockWait.upTo(0, () -> {
            attempts.incrementAndGet();
            return Optional.of("lock");
        }));
        assertEquals(1, attempts.get());
    }

    @Test
    void aTakenLockIsTriedUntilTheDeadlineThenTheWaitIsEmpty() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        long start = System.nanoTime();
        Optional<String> none = LockWait.upTo(200, () -> {
            attempts.incrementAndGet();
            return Optional.empty();
        });
        long waitedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(none.isEmpty());
        assertTrue(waitedMs >= 200 && waitedMs < 5_000, "waited " + waitedMs + " ms");
        assertTrue(attempts.get() >= 2, "tried " + attempts + " times");
    }

    @Test
    void aLockFreedDuringTheWaitIsTaken() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        Optional<Integer> taken = LockWait.upTo(Long.MAX_VALUE, () -> attempts.incrementAndGet() == 3
                ? Optional.of(attempts.get()) : Optional.empty());
        assertEquals(Optional.of(3), taken);
    }
}
