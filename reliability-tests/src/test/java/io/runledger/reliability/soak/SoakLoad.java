package io.runledger.reliability.soak;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code clients} soak clients, each a thread with its own connection, running against
 * {@link Instances} for {@code duration}; client {@code i} starts on instance {@code i % size}, so a
 * load on several instances is split evenly across them.
 */
public final class SoakLoad {
    private final Ledger ledger = new Ledger();
    private final Tally tally = new Tally();
    private final List<SoakWorker> workers = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final long started = System.nanoTime();

    private SoakLoad(Instances instances, int clients, Duration duration) {
        long deadline = started + duration.toNanos();
        for (int i = 0; i < clients; i++) {
            SoakWorker worker = new SoakWorker(i, new LedgerClient(instances, i, tally), ledger, tally, deadline);
            Thread thread = new Thread(() -> {
                try {
                    worker.run();
                } catch (RuntimeException e) {
                    tally.clientFailed(e);
                }
            }, "soak-client-" + i);
            workers.add(worker);
            threads.add(thread);
        }
        threads.forEach(Thread::start);
    }

    /** Starts the clients; they stop on their own once {@code duration} is over. */
    public static SoakLoad start(Instances instances, int clients, Duration duration) {
        return new SoakLoad(instances, clients, duration);
    }

    /** What the server acknowledged so far. */
    public Ledger ledger() {
        return ledger;
    }

    /** What the clients counted so far. */
    public Tally tally() {
        return tally;
    }

    /** Waits until every client has stopped; returns the answer times of them all. */
    public Latencies await() throws InterruptedException {
        for (Thread thread : threads) {
            thread.join();
        }
        return Latencies.merged(workers.stream().map(SoakWorker::latencies).toList());
    }

    /** Seconds since the clients started. */
    public double elapsedSeconds() {
        return (System.nanoTime() - started) / 1e9;
    }
}
