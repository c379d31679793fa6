package io.runledger.storage.sql.ports;

import io.runledger.storage.api.ChainedEvent;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Reads the audit chain's next page on a thread of its own while the caller checks the page it was
 * given: a walk of the chain ({@code audit verify}) spends about three quarters of its time in the
 * JDBC driver and the rest rendering and hashing lines (docs/PERFORMANCE.md, "Audit chain"), so the
 * two overlap on a second core. A page read ahead is handed out only for exactly the call it was read
 * for ({@code after(seq, limit)}); any other call, or a read ahead that failed, reads afresh, so
 * callers see what reading synchronously would give them, read a little earlier. A walk starts by
 * reading the head ({@code ChainVerifier}), and the owner {@linkplain #drop() drops} the read ahead
 * then, so no page outlives the walk it was read for. The thread ends when idle for a second.
 */
final class ChainReadAhead implements AutoCloseable {
    /** Reads a page: {@code after(seq, limit)} of the store. */
    @FunctionalInterface
    interface PageReader {
        List<ChainedEvent> read(long seq, int limit);
    }

    private record Pending(long seq, int limit, Future<List<ChainedEvent>> page) {
    }

    private final PageReader reader;
    private final ThreadPoolExecutor thread = new ThreadPoolExecutor(0, 1, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
        Thread t = new Thread(r, "audit-chain-read-ahead");
        t.setDaemon(true);
        return t;
    });
    private Pending pending;

    ChainReadAhead(PageReader reader) {
        this.reader = reader;
    }

    /** {@code after(seq, limit)}, taken from the read ahead when it was read for this call; then reads the next page ahead. */
    synchronized List<ChainedEvent> after(long seq, int limit) {
        List<ChainedEvent> page = take(seq, limit).orElseGet(() -> reader.read(seq, limit));
        if (page.size() == limit && !thread.isShutdown()) {
            long next = page.get(page.size() - 1).link().seq();
            pending = new Pending(next, limit, thread.submit(() -> reader.read(next, limit)));
        }
        return page;
    }

    private Optional<List<ChainedEvent>> take(long seq, int limit) {
        Pending taken = pending;
        pending = null;
        if (taken == null) {
            return Optional.empty();
        }
        if (taken.seq() != seq || taken.limit() != limit) {
            taken.page().cancel(false);
            return Optional.empty();
        }
        try {
            return Optional.of(taken.page().get());
        } catch (ExecutionException e) {
            return Optional.empty();   // read afresh: the caller gets that read's own error, if it fails again
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Drops a page read ahead, if any. */
    synchronized void drop() {
        if (pending != null) {
            pending.page().cancel(false);
            pending = null;
        }
    }

    /** Drops a page read ahead and ends the thread; never throws. */
    @Override
    public synchronized void close() {
        drop();
        thread.shutdown();
    }
}
