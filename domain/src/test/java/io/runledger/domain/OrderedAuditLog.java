package io.runledger.domain;

import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.AuditFilter;
import io.runledger.storage.api.AuditLog;
import io.runledger.storage.api.EventId;
import io.runledger.storage.api.Page;
import io.runledger.storage.api.PageRequest;
import io.runledger.storage.api.WriteOutcome;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** The AuditLog port in memory as a store keeps it: event_id order, filters and keyset pages honoured. */
final class OrderedAuditLog implements AuditLog {
    private final TreeMap<String, AuditEvent> events = new TreeMap<>();

    @Override
    public List<WriteOutcome> append(List<AuditEvent> batch) {
        batch.forEach(event -> events.put(event.eventId().value(), event));
        return batch.stream().map(e -> WriteOutcome.CREATED).toList();
    }

    @Override
    public Optional<AuditEvent> find(EventId eventId) {
        return Optional.ofNullable(events.get(eventId.value()));
    }

    @Override
    public Page<AuditEvent> find(AuditFilter filter, PageRequest page) {
        var candidates = page.after().map(after -> events.tailMap(after, false)).orElse(events).values().stream()
                .filter(e -> filter.runId().isEmpty() || e.runId().equals(filter.runId()))
                .filter(e -> filter.level().isEmpty() || e.level() == filter.level().get())
                .filter(e -> filter.scope().isEmpty() || e.scope().equals(filter.scope().get()))
                .filter(e -> filter.since().isEmpty() || !e.ts().isBefore(filter.since().get()))
                .filter(e -> filter.until().isEmpty() || e.ts().isBefore(filter.until().get()))
                .limit(page.limit() + 1L).toList();
        boolean more = candidates.size() > page.limit();
        List<AuditEvent> items = more ? candidates.subList(0, page.limit()) : candidates;
        return new Page<>(items, more ? Optional.of(items.get(items.size() - 1).eventId().value()) : Optional.empty());
    }
}
