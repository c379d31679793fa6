package io.runledger.domain;

import io.runledger.domain.ChainWalk.Stretch;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The stretches of one chain check, walked on up to {@code threads} threads of their own in order of
 * position, and handed back in that order: the check reads each one's result as soon as it is there and
 * stops at the first that answers it. Closing stops the walks still running (at their next page) and
 * waits for them, so that no read of the store outlives the check. On one thread, or for one stretch,
 * each is walked on the caller's thread when it is asked for, and the ones after the answer never are.
 */
final class Stretches implements AutoCloseable {
    private final List<Supplier<Stretch>> walks;
    private final Runnable stop;
    private final ExecutorService threads;
    private final List<Future<Stretch>> running = new ArrayList<>();

    private Stretches(List<Supplier<Stretch>> walks, Runnable stop, ExecutorService threads) {
        this.walks = walks;
        this.stop = stop;
        this.threads = threads;
    }

    /** Starts {@code walks} on {@code threads} threads (at most one per walk); {@code stop} ends the running ones early. */
    static Stretches run(List<Supplier<Stretch>> walks, int threads, Runnable stop) {
        int count = Math.min(threads, walks.size());
        if (count <= 1) {
            return new Stretches(walks, stop, null);
        }
        ExecutorService pool = Executors.newFixedThreadPool(count, walk -> {
            Thread thread = new Thread(walk, "audit-chain-check");
            thread.setDaemon(true);
            return thread;
        });
        Stretches stretches = new Stretches(walks, stop, pool);
        walks.forEach(w -> stretches.running.add(pool.submit(w::get)));
        return stretches;
    }

    /** The result of stretch {@code i}, waiting for it; a failure of its reads is thrown here as it was. */
    Stretch get(int i) {
        if (threads == null) {
            return walks.get(i).get();
        }
        try {
            return running.get(i).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking the audit chain", e);
        }
    }

    @Override
    public void close() {
        if (threads == null) {
            return;
        }
        stop.run();
        threads.shutdown();
        boolean interrupted = false;
        while (!threads.isTerminated()) {
            try {
                threads.awaitTermination(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
