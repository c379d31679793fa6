package io.runledger.storage.json;

import io.runledger.format.record.RecordCounts;
import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.api.Run;
import io.runledger.storage.api.Step;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The whole content of a JSON store in memory, indexed for the ports: runs by id, steps by run then
 * step id, audit events by id and by run. Not thread-safe: {@link JsonStore} guards it.
 */
final class Ledger {
    private final TreeMap<String, Run> runs = new TreeMap<>();
    private final TreeMap<String, TreeMap<String, Step>> steps = new TreeMap<>();
    private final TreeMap<String, AuditEvent> events = new TreeMap<>();
    private final Map<String, TreeMap<String, AuditEvent>> eventsByRun = new HashMap<>();
    private long stepCount;

    /** Stores or replaces a record by its id. A step or event must name a run this ledger holds. */
    void put(LedgerRecord record) {
        if (record instanceof Run run) {
            runs.put(run.runId().value(), run);
        } else if (record instanceof Step step) {
            requireRun(step.runId().value());
            if (steps.computeIfAbsent(step.runId().value(), r -> new TreeMap<>()).put(step.stepId().value(), step) == null) {
                stepCount++;
            }
        } else if (record instanceof AuditEvent event) {
            event.runId().ifPresent(id -> requireRun(id.value()));
            events.put(event.eventId().value(), event);
            event.runId().ifPresent(id -> eventsByRun.computeIfAbsent(id.value(), r -> new TreeMap<>())
                    .put(event.eventId().value(), event));
        }
    }

    private void requireRun(String runId) {
        if (!runs.containsKey(runId)) {
            throw new IllegalArgumentException("run_id \"" + runId + "\" names no run");
        }
    }

    Optional<Run> run(String runId) {
        return Optional.ofNullable(runs.get(runId));
    }

    Optional<Step> step(String runId, String stepId) {
        return Optional.ofNullable(steps.getOrDefault(runId, new TreeMap<>()).get(stepId));
    }

    Optional<AuditEvent> event(String eventId) {
        return Optional.ofNullable(events.get(eventId));
    }

    NavigableMap<String, Run> runs() {
        return runs;
    }

    NavigableMap<String, Step> steps(String runId) {
        return steps.getOrDefault(runId, new TreeMap<>());
    }

    /** Events in id order: all of them, or only those of one run. */
    NavigableMap<String, AuditEvent> events(Optional<String> runId) {
        return runId.<NavigableMap<String, AuditEvent>>map(id -> eventsByRun.getOrDefault(id, new TreeMap<>())).orElse(events);
    }

    boolean isEmpty() {
        return runs.isEmpty() && events.isEmpty();
    }

    RecordCounts counts() {
        return new RecordCounts(runs.size(), stepCount, events.size());
    }

    /** Every record in canonical export order: runs, steps by run then step, events. */
    void forEach(Consumer<LedgerRecord> sink) {
        runs.values().forEach(sink);
        steps.values().forEach(byStep -> byStep.values().forEach(sink));
        events.values().forEach(sink);
    }
}
