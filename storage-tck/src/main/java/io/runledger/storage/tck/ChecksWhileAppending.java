package io.runledger.storage.tck;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Checks that run while one writer appends: the writer appends event after event (at most a bound)
 * until the last check is done, and each check starts once the writer has committed since the one
 * before (unless the writer reached its bound), so the checks overlap appends without depending on
 * how fast a store appends or checks.
 */
final class ChecksWhileAppending {
    private ChecksWhileAppending() {
    }

    /**
     * Runs {@code check} with 1 … {@code checks} while {@code appendOne} is called with 0, 1, 2 … on
     * another thread; returns how many events the writer appended.
     */
    static int run(IntConsumer appendOne, int maxAppends, int checks, IntConsumer check) throws Exception {
        AtomicInteger appended = new AtomicInteger();
        AtomicBoolean checking = new AtomicBoolean(true);
        ExecutorService writer = Executors.newSingleThreadExecutor();
        Future<?> writing = writer.submit(() -> {
            for (int n = 0; checking.get() && n < maxAppends; n++) {
                appendOne.accept(n);
                appended.incrementAndGet();
            }
            return null;
        });
        try {
            for (int each = 1; each <= checks; each++) {
                int before = appended.get();
                await().atMost(Duration.ofSeconds(30)).until(() -> appended.get() > before || writing.isDone());
                check.accept(each);
            }
        } finally {
            checking.set(false);
            writer.shutdown();
        }
        writing.get();
        return appended.get();
    }
}
