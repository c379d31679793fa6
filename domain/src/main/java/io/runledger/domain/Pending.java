package io.runledger.domain;

import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.WriteOutcome;
import java.util.List;

/** One caller's batch waiting in a {@link GroupCommit}, and what became of it; published to the caller through the group's lock. */
final class Pending {
    private final List<AuditEvent> events;
    private List<WriteOutcome> outcomes;
    private Throwable failure;

    Pending(List<AuditEvent> events) {
        this.events = events;
    }

    List<AuditEvent> events() {
        return events;
    }

    boolean isDone() {
        return outcomes != null || failure != null;
    }

    void succeed(List<WriteOutcome> result) {
        this.outcomes = result;
    }

    void fail(Throwable e) {
        this.failure = e;
    }

    /** The outcomes, or the failure raised again in the caller's thread. */
    List<WriteOutcome> outcome() {
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        return outcomes;
    }
}
