package io.runledger.storage.api;

import java.util.Objects;

/**
 * An audit event as the chain holds it: the event and its position, read in {@code seq} order; also
 * the audit record of a store's content stream (export format version 2's audit line).
 */
public record ChainedEvent(ChainLink link, AuditEvent event) implements LedgerRecord {
    public ChainedEvent {
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(event, "event");
        if (link.seq() < 1) {
            throw new IllegalArgumentException("an event's chain position starts at 1 (got " + link.seq() + ")");
        }
    }
}
