package io.runledger.storage.api;

import java.util.List;

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

    /** Events matching the filter, in {@code event_id} order; the page key is the event id. */
    Page<AuditEvent> find(AuditFilter filter, PageRequest page);
}
