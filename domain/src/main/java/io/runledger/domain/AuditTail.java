package io.runledger.domain;

import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.AuditFilter;
import io.runledger.storage.api.Page;
import io.runledger.storage.api.PageRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A live tail of the audit log: each {@link #poll} hands over, once each, the events matching the
 * filter that were stored since the previous poll (the first poll: all of them). Polls read on in
 * {@code event_id} order after the greatest id read so far. An event may commit after another whose
 * id sorts later (a writer in another process, a client-chosen id), and would slip behind the cursor:
 * so every poll also re-reads the events whose {@code ts} lies within {@link #LOOKBACK} before the
 * newest one handed over (or before now, if that is earlier) and hands over those not seen yet. Only an
 * event that sorts before one already read and whose {@code ts} is older than that window is missed.
 * Memory holds the ids of the window. The web console's tail follows the same rule.
 */
public final class AuditTail {
    /** How far back each poll looks for events that committed late. */
    public static final Duration LOOKBACK = Duration.ofSeconds(10);

    private final AuditFilter filter;
    private final Clock clock;
    /** Ids handed over whose {@code ts} is still in the window or that the cursor has not passed yet. */
    private final Map<String, Instant> seen = new HashMap<>();
    private Optional<String> cursor = Optional.empty();
    private Optional<Instant> newest = Optional.empty();

    public AuditTail(AuditFilter filter, Clock clock) {
        this.filter = Objects.requireNonNull(filter, "filter");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Hands the events that are new since the last poll to {@code sink}, oldest id first, then those
     * the look-back finds; returns false as soon as {@code sink} returns false (the rest of this poll
     * is then not read, and not marked as seen). Raises what {@link AuditTrail#find} raises.
     */
    public boolean poll(AuditTrail trail, Predicate<AuditEvent> sink) {
        while (true) {
            Page<AuditEvent> page = trail.find(filter, new PageRequest(PageRequest.MAX_LIMIT, cursor));
            for (AuditEvent event : page.items()) {
                if (!show(event, sink)) {
                    return false;
                }
                cursor = Optional.of(event.eventId().value());
            }
            forgetBefore(windowStart());
            if (page.items().isEmpty() || page.nextAfter().isEmpty()) {
                break;
            }
        }
        return newest.isEmpty() || lookBack(trail, sink);
    }

    private boolean lookBack(AuditTrail trail, Predicate<AuditEvent> sink) {
        Instant since = filter.since().filter(given -> given.isAfter(windowStart())).orElse(windowStart());
        if (filter.until().isPresent() && !filter.until().get().isAfter(since)) {
            return true;
        }
        AuditFilter window = new AuditFilter(filter.runId(), filter.level(), filter.scope(), Optional.of(since),
                filter.until());
        Optional<String> after = Optional.empty();
        while (true) {
            Page<AuditEvent> page = trail.find(window, new PageRequest(PageRequest.MAX_LIMIT, after));
            for (AuditEvent event : page.items()) {
                if (!show(event, sink)) {
                    return false;
                }
            }
            if (page.items().isEmpty() || page.nextAfter().isEmpty()) {
                return true;
            }
            after = Optional.of(page.items().get(page.items().size() - 1).eventId().value());
        }
    }

    private boolean show(AuditEvent event, Predicate<AuditEvent> sink) {
        String id = event.eventId().value();
        if (seen.containsKey(id)) {
            return true;
        }
        if (!sink.test(event)) {
            return false;
        }
        seen.put(id, event.ts());
        if (newest.isEmpty() || event.ts().isAfter(newest.get())) {
            newest = Optional.of(event.ts());
        }
        return true;
    }

    /** The start of the look-back window: never after now, so one event stamped in the future cannot close it. */
    private Instant windowStart() {
        Instant now = clock.instant();
        Instant end = newest.filter(ts -> ts.isBefore(now)).orElse(now);
        return end.minus(LOOKBACK);
    }

    /** An id can be forgotten once neither read can return it again: behind the cursor and before the window. */
    private void forgetBefore(Instant since) {
        String passed = cursor.orElse("");
        seen.entrySet().removeIf(entry -> entry.getValue().isBefore(since) && entry.getKey().compareTo(passed) <= 0);
    }
}
