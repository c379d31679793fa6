package io.runledger.storage.tck;

import io.runledger.storage.api.AuditLog;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

/**
 * Appends one audit event after another to a store on its own thread until closed, noting for each
 * when it began and how it ended, so that a test can tell which writes were acknowledged and when.
 */
final class ContinuousWriter implements AutoCloseable {
    private static final Duration DEADLINE = Duration.ofMinutes(2);
    /** A pause between writes, so that another process waiting for the database's write lock gets it. */
    private static final long PACE_NANOS = Duration.ofMillis(2).toNanos();

    /** One write: its event id, when it began (System.nanoTime) and its failure's reason, if any. */
    record Attempt(String eventId, long began, ReasonCode refusal) {
        boolean acknowledged() {
            return refusal == null;
        }
    }

    private final AuditLog log;
    private final List<Attempt> attempts = new ArrayList<>();
    private final Thread thread;
    private volatile boolean stopped;

    private ContinuousWriter(AuditLog log) {
        this.log = log;
        this.thread = new Thread(this::write, "continuous-writer");
    }

    static ContinuousWriter start(AuditLog log) {
        ContinuousWriter writer = new ContinuousWriter(log);
        writer.thread.start();
        return writer;
    }

    private void write() {
        for (int n = 1; !stopped; n++) {
            String id = String.format("w%06d", n);
            long began = System.nanoTime();
            ReasonCode refusal = null;
            try {
                log.append(List.of(Records.event(id)));
            } catch (StoreException e) {
                refusal = e.reason();
            }
            synchronized (this) {
                attempts.add(new Attempt(id, began, refusal));
                notifyAll();
            }
            LockSupport.parkNanos(PACE_NANOS);
        }
    }

    void awaitAcknowledged(int count) throws InterruptedException {
        await("" + count + " acknowledged writes", a -> a.stream().filter(Attempt::acknowledged).count() >= count);
    }

    void awaitRefused(ReasonCode reason) throws InterruptedException {
        await("a write refused with " + reason.code(), a -> a.stream().anyMatch(t -> t.refusal() == reason));
    }

    void awaitAcknowledgedStartedAfter(long nanos) throws InterruptedException {
        await("an acknowledged write begun after the migration", a -> !started(a, nanos, true).isEmpty());
    }

    /** The acknowledged writes begun after {@code nanos} (System.nanoTime). */
    synchronized List<String> acknowledgedStartedAfter(long nanos) {
        return started(attempts, nanos, true);
    }

    synchronized Set<String> acknowledged() {
        Set<String> ids = new TreeSet<>();
        attempts.stream().filter(Attempt::acknowledged).forEach(a -> ids.add(a.eventId()));
        return ids;
    }

    /** The reasons of failures other than {@code schema_newer_than_binary}. */
    synchronized Set<String> otherFailures() {
        Set<String> reasons = new TreeSet<>();
        attempts.stream().filter(a -> !a.acknowledged() && a.refusal() != ReasonCode.SCHEMA_NEWER_THAN_BINARY)
                .forEach(a -> reasons.add(a.eventId() + ": " + a.refusal().code()));
        return reasons;
    }

    private static List<String> started(List<Attempt> attempts, long nanos, boolean acknowledged) {
        return attempts.stream().filter(a -> a.began() - nanos > 0 && a.acknowledged() == acknowledged)
                .map(Attempt::eventId).toList();
    }

    private synchronized void await(String what, Predicate<List<Attempt>> done) throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!done.test(attempts)) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || !thread.isAlive()) {
                throw new AssertionError("the writer did not reach " + what + " within " + DEADLINE + ": " + attempts);
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    /** Stops writing and waits for the write in progress to end; idempotent. */
    void stop() {
        stopped = true;
        try {
            thread.join(DEADLINE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }
}
