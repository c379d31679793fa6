package io.runledger.storage.api;

import java.util.List;
import java.util.Optional;

/** The append-only audit log. Events are kept in {@code event_id} order and never changed. */
public interface AuditLog {
    /**
     * Appends the events atomically — all or none — and returns once they are durable, with one
     * outcome per event in input order. Retry-safe: an event identical to a stored one is
     * {@link WriteOutcome#ALREADY_PRESENT}; an id stored (or earlier in the batch) with other content
     * raises {@link ReasonCode#DUPLICATE_ID}, whatever run the event names; a new event naming a run
     * that does not exist raises {@link ReasonCode#RUN_NOT_FOUND}. Either failure stores nothing of the batch.
     */
    List<WriteOutcome> append(List<AuditEvent> events);

    /** The stored event with this id, as it was stored; empty when there is none. */
    Optional<AuditEvent> find(EventId eventId);

    /** Events matching the filter, in {@code event_id} order; the page key is the event id. */
    Page<AuditEvent> find(AuditFilter filter, PageRequest page);
}
