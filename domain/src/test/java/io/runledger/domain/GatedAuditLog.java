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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The AuditLog port in memory with the store's rules (atomic batches, ALREADY_PRESENT for an identical
 * event, DUPLICATE_ID and RUN_NOT_FOUND), recording every transaction it was asked for and the thread
 * that asked. The first transaction can be held open until the test releases it.
 */
final class GatedAuditLog implements AuditLog {
    final List<List<AuditEvent>> transactions = new ArrayList<>();
    final List<Thread> committers = new ArrayList<>();
    final CountDownLatch firstEntered = new CountDownLatch(1);
    private final CountDownLatch release;
    private final Set<String> runs;
    private final Map<String, AuditEvent> stored = new LinkedHashMap<>();
    private Optional<StoreException> outage = Optional.empty();

    GatedAuditLog(boolean holdFirst, Set<String> runs) {
        this.release = new CountDownLatch(holdFirst ? 1 : 0);
        this.runs = runs;
    }

    void release() {
        release.countDown();
    }

    synchronized void failEveryAppendWith(StoreException e) {
        outage = Optional.of(e);
    }

    synchronized List<AuditEvent> stored() {
        return List.copyOf(stored.values());
    }

    @Override
    public List<WriteOutcome> append(List<AuditEvent> events) {
        firstEntered.countDown();
        try {
            if (!release.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the first transaction");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return commit(events);
    }

    private synchronized List<WriteOutcome> commit(List<AuditEvent> events) {
        transactions.add(List.copyOf(events));
        committers.add(Thread.currentThread());
        if (outage.isPresent()) {
            throw outage.get();
        }
        Map<String, AuditEvent> next = new LinkedHashMap<>(stored);
        List<WriteOutcome> outcomes = new ArrayList<>();
        for (AuditEvent event : events) {
            AuditEvent prior = next.putIfAbsent(event.eventId().value(), event);
            if (prior == null) {
                event.runId().filter(r -> !runs.contains(r.value())).ifPresent(r -> {
                    throw new StoreException(ReasonCode.RUN_NOT_FOUND, "run " + r + " does not exist");
                });
                outcomes.add(WriteOutcome.CREATED);
            } else if (prior.equals(event)) {
                outcomes.add(WriteOutcome.ALREADY_PRESENT);
            } else {
                throw new StoreException(ReasonCode.DUPLICATE_ID, "event " + event.eventId() + " exists with other content");
            }
        }
        stored.clear();
        stored.putAll(next);
        return outcomes;
    }

    @Override
    public synchronized Optional<AuditEvent> find(EventId eventId) {
        return Optional.ofNullable(stored.get(eventId.value()));
    }

    @Override
    public synchronized Page<AuditEvent> find(AuditFilter filter, PageRequest page) {
        return new Page<>(List.copyOf(stored.values()), Optional.empty());
    }
}
