package io.runledger.domain;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The observers of one runtime: the use cases report to this one object, and whoever watches (the
 * HTTP server's metrics) subscribes for as long as it runs. A failing observer never fails a write.
 */
public final class LedgerObservers implements LedgerObserver {
    private final List<LedgerObserver> observers = new CopyOnWriteArrayList<>();

    /** No observer yet. */
    public LedgerObservers() {
    }

    /** A subscription; closing it removes the observer. */
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    /** Adds {@code observer} until the returned subscription is closed. */
    public Subscription subscribe(LedgerObserver observer) {
        observers.add(observer);
        return () -> observers.remove(observer);
    }

    @Override
    public void auditCommitted(int batches, int events, long nanos) {
        for (LedgerObserver observer : observers) {
            try {
                observer.auditCommitted(batches, events, nanos);
            } catch (RuntimeException ignored) {
                // what was written is committed; a broken gauge must not turn it into a failure
            }
        }
    }

    @Override
    public void runCreated() {
        for (LedgerObserver observer : observers) {
            try {
                observer.runCreated();
            } catch (RuntimeException ignored) {
                // as above: monitoring never fails a write
            }
        }
    }
}
