package io.runledger.domain;

import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.AuditFilter;
import io.runledger.storage.api.AuditLog;
import io.runledger.storage.api.EventId;
import io.runledger.storage.api.Page;
import io.runledger.storage.api.PageRequest;
import io.runledger.storage.api.WriteOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The AuditLog port in memory; it records each batch it was given. */
final class FakeAuditLog implements AuditLog {
    final List<List<AuditEvent>> batches = new ArrayList<>();

    @Override
    public List<WriteOutcome> append(List<AuditEvent> events) {
        batches.add(List.copyOf(events));
        return events.stream().map(e -> WriteOutcome.CREATED).toList();
    }

    @Override
    public Optional<AuditEvent> find(EventId eventId) {
        return batches.stream().flatMap(List::stream).filter(e -> e.eventId().equals(eventId)).findFirst();
    }

    @Override
    public Page<AuditEvent> find(AuditFilter filter, PageRequest page) {
        return new Page<>(batches.stream().flatMap(List::stream).toList(), Optional.empty());
    }
}
