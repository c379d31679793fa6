package io.runledger.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** {@link SharedRead}: an outcome, value or failure, is reused until it is the maximum age old, then read again. */
class SharedReadTest {
    private final AtomicLong now = new AtomicLong();
    private final AtomicInteger reads = new AtomicInteger();

    @Test
    void aValueIsReusedUntilItIsTheMaximumAgeOld() {
        SharedRead<Integer> read = new SharedRead<>(reads::incrementAndGet, Duration.ofMillis(1000), now::get);

        assertEquals(1, read.get());
        now.addAndGet(Duration.ofMillis(999).toNanos());
        assertEquals(1, read.get());
        now.addAndGet(Duration.ofMillis(1).toNanos());
        assertEquals(2, read.get());
        assertEquals(2, reads.get());
    }

    @Test
    void aFailureIsSharedLikeAValueAndReadAgainWhenOld() {
        StoreException down = new StoreException(ReasonCode.POSTGRES_UNAVAILABLE, "down");
        SharedRead<Integer> read = new SharedRead<>(() -> {
            reads.incrementAndGet();
            throw down;
        }, Duration.ofSeconds(1), now::get);

        assertSame(down, assertThrows(StoreException.class, read::get));
        assertSame(down, assertThrows(StoreException.class, read::get));
        assertEquals(1, reads.get());
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThrows(StoreException.class, read::get);
        assertEquals(2, reads.get());
    }

    @Test
    void withAgeZeroAFinishedOutcomeIsNeverReused() {
        SharedRead<Integer> read = new SharedRead<>(reads::incrementAndGet, Duration.ZERO, now::get);

        assertEquals(1, read.get());
        assertEquals(2, read.get());
    }
}
