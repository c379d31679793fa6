package io.runledger.storage.api;

import java.util.Optional;

/**
 * One record of a store's content, as export, import and transfer stream it. A store streams each
 * audit event with its chain position, as a {@link ChainedEvent} (the audit line of export format
 * version 2); an {@link AuditEvent} alone is one without a position (read from a version 1 file), which
 * an import gives the next position of the target's chain.
 */
public sealed interface LedgerRecord permits Run, Step, AuditEvent, ChainedEvent {
    /** The audit event this record is or carries; empty for a run or a step. */
    default Optional<AuditEvent> auditEvent() {
        if (this instanceof AuditEvent event) {
            return Optional.of(event);
        }
        return this instanceof ChainedEvent chained ? Optional.of(chained.event()) : Optional.empty();
    }
}
