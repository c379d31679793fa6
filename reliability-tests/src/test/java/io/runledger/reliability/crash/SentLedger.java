package io.runledger.reliability.crash;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the test sent and what the system under test acknowledged, across all kills of one store.
 * An event is recorded as sent before its first byte leaves the test, so anything a store holds that
 * is not in here is an unknown id. Groups are the units the API promises to store all or none
 * (HTTP batches), remembered for the requests that were not acknowledged.
 */
final class SentLedger {
    private final Map<String, SentEvent> sent = new ConcurrentHashMap<>();
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final List<List<String>> unacknowledgedGroups = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    void sent(SentEvent event) {
        if (sent.putIfAbsent(event.eventId(), event) != null) {
            throw new IllegalStateException("the test sent " + event.eventId() + " twice");
        }
    }

    /** Marks {@code eventId} acknowledged; an id that was never sent is a problem of the system under test. */
    void acknowledged(String eventId) {
        if (!sent.containsKey(eventId)) {
            problem("acknowledged an id that was never sent: " + eventId);
        } else if (!acknowledged.add(eventId)) {
            problem("acknowledged " + eventId + " twice");
        }
    }

    /** A group of events sent in one request that was never acknowledged: it must be stored all or none. */
    synchronized void unacknowledgedGroup(List<String> eventIds) {
        unacknowledgedGroups.add(List.copyOf(eventIds));
    }

    /** Something the system under test did wrong, found while it ran (e.g. an HTTP 500). */
    synchronized void problem(String description) {
        if (problems.size() < 20) {
            problems.add(description);
        }
    }

    SentEvent get(String eventId) {
        return sent.get(eventId);
    }

    boolean isAcknowledged(String eventId) {
        return acknowledged.contains(eventId);
    }

    Set<String> acknowledgedIds() {
        return Set.copyOf(acknowledged);
    }

    long sentCount() {
        return sent.size();
    }

    long acknowledgedCount() {
        return acknowledged.size();
    }

    synchronized List<List<String>> unacknowledgedGroups() {
        return List.copyOf(unacknowledgedGroups);
    }

    synchronized List<String> problems() {
        return List.copyOf(problems);
    }
}
