package io.runledger.domain;

import io.runledger.storage.api.EventId;
import io.runledger.storage.api.RunId;
import io.runledger.storage.api.StepId;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.Random;

/**
 * Time-ordered ids in the ULID layout: 48 bits of milliseconds since the epoch, then 80 random bits,
 * as 26 characters of Crockford base32 (which sorts in the same order as the numbers it encodes).
 * Monotonic: within one millisecond, or if the clock steps back, the previous id's random part is
 * incremented, so ids sort in the order they were generated. Thread-safe.
 */
public final class IdGenerator {
    private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final long RANDOM_HIGH_MASK = 0xFFFFL;

    private final Clock clock;
    private final Random random;
    private long lastMillis = -1;
    /** The 80 random bits: the top 16 in {@code high}, the low 64 in {@code low}. */
    private long high;
    private long low;

    public IdGenerator(Clock clock) {
        this(clock, new SecureRandom());
    }

    IdGenerator(Clock clock, Random random) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** A new id, 26 characters, greater than every id this generator returned before. */
    public synchronized String next() {
        long now = clock.millis();
        if (now > lastMillis) {
            lastMillis = now;
            high = random.nextLong() & RANDOM_HIGH_MASK;
            low = random.nextLong();
        } else {
            low++;
            if (low == 0) {
                high = (high + 1) & RANDOM_HIGH_MASK;
                if (high == 0) {
                    // 2^80 ids in one millisecond: borrow the next millisecond rather than repeat an id
                    lastMillis++;
                }
            }
        }
        return encode(lastMillis, high, low);
    }

    public RunId nextRunId() {
        return new RunId(next());
    }

    public StepId nextStepId() {
        return new StepId(next());
    }

    public EventId nextEventId() {
        return new EventId(next());
    }

    private static String encode(long millis, long high, long low) {
        char[] out = new char[26];
        long time = millis;
        for (int i = 9; i >= 0; i--) {
            out[i] = CROCKFORD[(int) (time & 31)];
            time >>>= 5;
        }
        long lo = low;
        long hi = high;
        for (int i = 25; i >= 10; i--) {
            out[i] = CROCKFORD[(int) (lo & 31)];
            lo = (lo >>> 5) | ((hi & 31) << 59);
            hi >>>= 5;
        }
        return new String(out);
    }
}
