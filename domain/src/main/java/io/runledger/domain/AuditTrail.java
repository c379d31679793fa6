package io.runledger.domain;

import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.AuditFilter;
import io.runledger.storage.api.AuditLog;
import io.runledger.storage.api.EventId;
import io.runledger.storage.api.Page;
import io.runledger.storage.api.PageRequest;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.Timestamps;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Appending to and querying the audit log: the domain fills in ids and timestamps, and makes a retry
 * safe by {@code event_id} alone. The store treats an event as a repeat only when it is identical,
 * {@code ts} included; a client that leaves {@code ts} to Runledger would get a new {@code ts} on its
 * retry and a {@code duplicate_id}. So when a batch is refused as a duplicate, each event with a
 * client id and no {@code ts} takes the stored event's {@code ts}, and the batch is tried once more:
 * a true retry then stores nothing new, while an id reused for other content is still a
 * {@code duplicate_id}. The HTTP API and the CLI both append through here.
 */
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
     * missing {@code ts} is now, or, for a client-supplied id already stored, the stored event's
     * {@code ts} (see above). Raises what {@link AuditLog#append} raises ({@link ReasonCode#DUPLICATE_ID},
     * {@link ReasonCode#RUN_NOT_FOUND}) and {@link ReasonCode#VALIDATION_FAILED} for an invalid event,
     * in which case nothing is stored.
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
        try {
            log.append(events);
            return List.copyOf(events);
        } catch (StoreException e) {
            if (e.reason() != ReasonCode.DUPLICATE_ID || drafts.stream().noneMatch(AuditTrail::timedByUs)) {
                throw e;
            }
        }
        List<AuditEvent> retried = withStoredTimestamps(drafts, events);
        log.append(retried);
        return List.copyOf(retried);
    }

    /** A client-supplied id whose {@code ts} this trail filled in: a retry of it would carry another one. */
    private static boolean timedByUs(NewAuditEvent draft) {
        return draft.eventId().isPresent() && draft.ts().isEmpty();
    }

    private List<AuditEvent> withStoredTimestamps(List<NewAuditEvent> drafts, List<AuditEvent> events) {
        List<AuditEvent> out = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            AuditEvent event = events.get(i);
            Optional<AuditEvent> stored = timedByUs(drafts.get(i)) ? log.find(event.eventId()) : Optional.empty();
            out.add(stored.map(prior -> new AuditEvent(event.eventId(), prior.ts(), event.level(), event.runId(),
                    event.scope(), event.event(), event.message(), event.data())).orElse(event));
        }
        return out;
    }

    /** Events matching the filter in {@code event_id} order, one page at a time. */
    public Page<AuditEvent> find(AuditFilter filter, PageRequest page) {
        return log.find(filter, page);
    }
}
