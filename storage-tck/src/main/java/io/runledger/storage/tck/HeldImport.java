package io.runledger.storage.tck;

import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.api.Store;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * An import into {@code store} on a thread of its own that stops once it has taken its first record
 * (so it is past its "the store is empty" check, inside its unit of work) until {@link #release()}.
 */
final class HeldImport {
    private static final long WAIT_SECONDS = 60;

    private final Store store;
    private final CountDownLatch inside = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);
    private final CompletableFuture<Long> imported;

    private HeldImport(Store store, List<LedgerRecord> records) {
        this.store = store;
        this.imported = CompletableFuture.supplyAsync(() -> store.contents().importFrom(held(records.iterator())));
    }

    /** Starts the import and returns once it holds (or fails the test if it never gets there). */
    static HeldImport start(Store store, List<LedgerRecord> records) {
        HeldImport held = new HeldImport(store, records);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (held.inside.getCount() > 0) {
            if (held.imported.isDone()) {
                held.imported.join();
                throw new AssertionError("the import ended before it was held");
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the import never took its first record");
            }
            awaitBriefly(held.inside);
        }
        return held;
    }

    Store store() {
        return store;
    }

    void release() {
        released.countDown();
    }

    /** How many records the import committed; its failure fails the test. */
    long imported() {
        return imported.join();
    }

    private Iterator<LedgerRecord> held(Iterator<LedgerRecord> records) {
        return new Iterator<>() {
            private int taken;

            @Override
            public boolean hasNext() {
                if (taken == 1) {
                    inside.countDown();
                    if (!await(released)) {
                        throw new IllegalStateException("the held import was never released");
                    }
                }
                return records.hasNext();
            }

            @Override
            public LedgerRecord next() {
                taken++;
                return records.next();
            }
        };
    }

    private static void awaitBriefly(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
