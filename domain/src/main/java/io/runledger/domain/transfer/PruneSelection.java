package io.runledger.domain.transfer;

import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.Run;
import io.runledger.storage.api.Step;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a prune takes: the audit events with {@code ts < before} (in event id order) that it may prune,
 * the runs they name and those runs' steps (the archive's context, so that it imports on its own), and
 * how many old events it keeps because their run is still running.
 */
public record PruneSelection(Instant before, List<AuditEvent> events, List<Run> runs, List<Step> steps, long keptRunning) {
    public PruneSelection {
        Objects.requireNonNull(before, "before");
        events = List.copyOf(events);
        runs = List.copyOf(runs);
        steps = List.copyOf(steps);
    }

    /** The earliest {@code ts} among the selected events; the selection must not be empty. */
    public Instant firstTs() {
        return events.stream().map(AuditEvent::ts).min(Instant::compareTo).orElseThrow();
    }

    /** The latest {@code ts} among the selected events; the selection must not be empty. */
    public Instant lastTs() {
        return events.stream().map(AuditEvent::ts).max(Instant::compareTo).orElseThrow();
    }
}
