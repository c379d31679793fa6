package io.runledger.domain;

import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.AuditFilter;
import io.runledger.storage.api.AuditLog;
import io.runledger.storage.api.EventId;
import io.runledger.storage.api.Page;
import io.runledger.storage.api.PageRequest;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.Timestamps;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Appending to and querying the audit log: the domain fills in ids and timestamps. */
public final class AuditTrail {
    private final AuditLog log;
    private final IdGenerator ids;
    private final Clock clock;

    public AuditTrail(AuditLog log, IdGenerator ids, Clock clock) {
        this.log = Objects.requireNonNull(log, "log");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Appends a batch atomically and returns the events as stored, in input order, once they are
     * durable. A missing {@code event_id} is generated (time-ordered, increasing in input order) and a
     * missing {@code ts} is now. Retry-safe for client-supplied ids; raises what {@link AuditLog#append}
     * raises ({@link ReasonCode#DUPLICATE_ID}, {@link ReasonCode#RUN_NOT_FOUND}) and
     * {@link ReasonCode#VALIDATION_FAILED} for an invalid event, in which case nothing is stored.
     */
    public List<AuditEvent> append(List<NewAuditEvent> drafts) {
        if (drafts.isEmpty()) {
            return List.of();
        }
        Instant now = Timestamps.now(clock);
        List<AuditEvent> events = new ArrayList<>(drafts.size());
        for (NewAuditEvent draft : drafts) {
            EventId id = draft.eventId().map(EventId::new).orElseGet(ids::nextEventId);
            events.add(new AuditEvent(id, draft.ts().orElse(now), draft.level(), draft.runId(), draft.scope(),
                    draft.event(), draft.message(), draft.data()));
        }
        log.append(events);
        return List.copyOf(events);
    }

    /** Events matching the filter in {@code event_id} order, one page at a time. */
    public Page<AuditEvent> find(AuditFilter filter, PageRequest page) {
        return log.find(filter, page);
    }
}
