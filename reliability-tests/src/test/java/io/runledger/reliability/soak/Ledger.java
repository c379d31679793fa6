package io.runledger.reliability.soak;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the server acknowledged, as the clients recorded it once the answer arrived: each run and
 * step with the status its last acknowledged write gave it, and each audit event id. After the load
 * the store must hold exactly this.
 */
public final class Ledger {
    private final Map<String, String> runs = new ConcurrentHashMap<>();
    private final Map<String, String> steps = new ConcurrentHashMap<>();
    private final Set<String> events = ConcurrentHashMap.newKeySet();

    void run(String runId, String status) {
        runs.put(runId, status);
    }

    void step(String runId, String stepId, String status) {
        steps.put(runId + "/" + stepId, status);
    }

    void event(String eventId) {
        events.add(eventId);
    }

    /** The status last acknowledged for run {@code runId}. */
    String runStatus(String runId) {
        return runs.get(runId);
    }

    /** The run ids acknowledged so far, sorted. */
    public Set<String> runIds() {
        return new TreeSet<>(runs.keySet());
    }

    /** The event ids acknowledged so far, sorted. */
    public Set<String> eventIds() {
        return new TreeSet<>(events);
    }

    /** Everything acknowledged, as contents to compare a store with. */
    public StoreContents contents() {
        return new StoreContents(Map.copyOf(runs), Map.copyOf(steps), Set.copyOf(events));
    }
}
