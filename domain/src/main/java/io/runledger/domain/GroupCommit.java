package io.runledger.domain;

import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.AuditFilter;
import io.runledger.storage.api.AuditLog;
import io.runledger.storage.api.EventId;
import io.runledger.storage.api.Page;
import io.runledger.storage.api.PageRequest;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.WriteOutcome;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Group commit in front of an {@link AuditLog}: concurrent appends share one store transaction, and
 * each caller returns only once that transaction has committed. There is no timer and no background
 * thread: a caller that finds no commit in progress commits at once whatever is queued (its own batch
 * at least), so an idle request never waits; callers arriving during a commit queue up and the next
 * of them commits them all together, up to {@link #MAX_EVENTS} events — the batch grows with the load.
 *
 * <p>Each caller keeps the atomicity and the outcome of its own batch: when a merged transaction is
 * refused for a reason one batch can cause ({@link ReasonCode#DUPLICATE_ID}, {@link ReasonCode#RUN_NOT_FOUND},
 * {@link ReasonCode#VALIDATION_FAILED}), every batch of the group is appended again on its own, so
 * only the faulty one fails, with its own reason. Other failures (the store is unavailable, full…) are
 * raised to every caller of the group.
 */
public final class GroupCommit implements AuditLog {
    /** Events above which no further batch joins a group; a single larger batch still commits alone. */
    public static final int MAX_EVENTS = 1_000;
    private static final Set<ReasonCode> BATCH_FAULTS =
            Set.of(ReasonCode.DUPLICATE_ID, ReasonCode.RUN_NOT_FOUND, ReasonCode.VALIDATION_FAILED);

    private final AuditLog log;
    private final LedgerObserver observer;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition committed = lock.newCondition();
    private final Deque<Pending> queue = new ArrayDeque<>();
    private boolean committing;

    public GroupCommit(AuditLog log) {
        this(log, LedgerObserver.NONE);
    }

    /** A group commit that reports every committed transaction to {@code observer}. */
    public GroupCommit(AuditLog log, LedgerObserver observer) {
        this.log = Objects.requireNonNull(log, "log");
        this.observer = Objects.requireNonNull(observer, "observer");
    }

    /** As {@link AuditLog#append}: atomic and durable for this batch, possibly in a transaction shared with others. */
    @Override
    public List<WriteOutcome> append(List<AuditEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        Pending mine = new Pending(List.copyOf(events));
        lock.lock();
        try {
            queue.add(mine);
            while (!mine.isDone()) {
                if (committing) {
                    committed.awaitUninterruptibly();
                } else {
                    commitNextGroup();
                }
            }
        } finally {
            lock.unlock();
        }
        return mine.outcome();
    }

    /** Queries go straight to the log: they never wait behind a commit here. */
    @Override
    public Page<AuditEvent> find(AuditFilter filter, PageRequest page) {
        return log.find(filter, page);
    }

    @Override
    public Optional<AuditEvent> find(EventId eventId) {
        return log.find(eventId);
    }

    /** How many batches wait for the next commit. */
    int queued() {
        lock.lock();
        try {
            return queue.size();
        } finally {
            lock.unlock();
        }
    }

    /** Called with the lock held; releases it while the store works. */
    private void commitNextGroup() {
        List<Pending> group = new ArrayList<>();
        int size = 0;
        while (!queue.isEmpty() && (group.isEmpty() || size + queue.peek().events().size() <= MAX_EVENTS)) {
            Pending next = queue.poll();
            size += next.events().size();
            group.add(next);
        }
        committing = true;
        lock.unlock();
        try {
            commit(group);
        } finally {
            lock.lock();
            committing = false;
            committed.signalAll();
        }
    }

    private void commit(List<Pending> group) {
        if (group.size() == 1) {
            appendAlone(group.get(0));
            return;
        }
        List<AuditEvent> merged = new ArrayList<>();
        group.forEach(p -> merged.addAll(p.events()));
        List<WriteOutcome> outcomes;
        try {
            long started = System.nanoTime();
            outcomes = log.append(merged);
            observer.auditCommitted(group.size(), merged.size(), System.nanoTime() - started);
        } catch (StoreException e) {
            if (BATCH_FAULTS.contains(e.reason())) {
                group.forEach(this::appendAlone);
            } else {
                group.forEach(p -> p.fail(e));
            }
            return;
        } catch (RuntimeException | Error e) {
            // an Error too: a caller left without an outcome would wait for ever
            group.forEach(p -> p.fail(e));
            return;
        }
        int from = 0;
        for (Pending p : group) {
            p.succeed(List.copyOf(outcomes.subList(from, from + p.events().size())));
            from += p.events().size();
        }
    }

    private void appendAlone(Pending p) {
        try {
            long started = System.nanoTime();
            List<WriteOutcome> outcomes = log.append(p.events());
            observer.auditCommitted(1, p.events().size(), System.nanoTime() - started);
            p.succeed(outcomes);
        } catch (RuntimeException | Error e) {
            p.fail(e);
        }
    }
}
