package io.runledger.reliability.soak;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the clients counted: answered requests, connection errors (unacknowledged attempts), writes a
 * retry found already stored, and every answer that should not have been (any 5xx, or a status the
 * operation cannot legitimately get), each with its body.
 */
public final class Tally {
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong connectionErrors = new AtomicLong();
    private final AtomicLong storedBeforeRetry = new AtomicLong();
    private final Queue<String> serverErrors = new ConcurrentLinkedQueue<>();
    private final Queue<String> unexpected = new ConcurrentLinkedQueue<>();

    void request() {
        requests.incrementAndGet();
    }

    void connectionError() {
        connectionErrors.incrementAndGet();
    }

    void foundStored() {
        storedBeforeRetry.incrementAndGet();
    }

    void wrongAnswer(Operation operation, String path, Reply reply) {
        String line = operation + " " + path + " -> " + reply.status() + " " + reply.body();
        (reply.status() >= 500 ? serverErrors : unexpected).add(line);
    }

    void clientFailed(RuntimeException e) {
        unexpected.add("a client stopped: " + e);
    }

    /** Requests that got an answer. */
    public long requests() {
        return requests.get();
    }

    /** Attempts that ended in a connection error instead of an answer. */
    public long connectionErrors() {
        return connectionErrors.get();
    }

    /** Retried writes whose answer showed the unanswered attempt had already been stored. */
    public long storedBeforeRetry() {
        return storedBeforeRetry.get();
    }

    /** Every 5xx answer, with its body. */
    public List<String> serverErrors() {
        return List.copyOf(serverErrors);
    }

    /** Every other answer the operation should not have had. */
    public List<String> unexpected() {
        return List.copyOf(unexpected);
    }
}
