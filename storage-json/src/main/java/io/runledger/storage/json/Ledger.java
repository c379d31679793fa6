package io.runledger.storage.json;

import io.runledger.format.record.AuditChain;
import io.runledger.format.record.RecordCounts;
import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.ChainAnchor;
import io.runledger.storage.api.ChainLink;
import io.runledger.storage.api.ChainedEvent;
import io.runledger.storage.api.EventId;
import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.api.Run;
import io.runledger.storage.api.Step;
import io.runledger.storage.json.journal.JournalEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The whole content of a JSON store in memory, indexed for the ports: runs by id, steps by run then
 * step id, audit events by id and by run, and their audit chain positions by id and by {@code seq},
 * with the chain's head (which a prune does not move back) and the anchor the latest prune left. Not
 * thread-safe: {@link JsonStore} guards it.
 */
final class Ledger {
    private final TreeMap<String, Run> runs = new TreeMap<>();
    private final TreeMap<String, TreeMap<String, Step>> steps = new TreeMap<>();
    private final TreeMap<String, AuditEvent> events = new TreeMap<>();
    private final Map<String, TreeMap<String, AuditEvent>> eventsByRun = new HashMap<>();
    private final Map<String, ChainLink> links = new HashMap<>();
    private final TreeMap<Long, AuditEvent> bySeq = new TreeMap<>();
    private ChainLink head = AuditChain.START;
    private Optional<ChainAnchor> anchor = Optional.empty();
    private long stepCount;

    /** An empty ledger whose audit chain continues that of {@code previous}: after its head, from its anchor. */
    static Ledger continuing(Ledger previous) {
        Ledger ledger = new Ledger();
        ledger.head = previous.head;
        ledger.anchor = previous.anchor;
        return ledger;
    }

    /**
     * Sets where the stored chain starts after prunes; the head is at least there, so that positions
     * are never taken twice even once every event was pruned.
     */
    void anchorAt(Optional<ChainAnchor> latest) {
        anchor = latest;
        latest.filter(a -> a.seq() > head.seq()).ifPresent(a -> head = a.link());
    }

    /** The anchor the latest prune left, if any. */
    Optional<ChainAnchor> anchor() {
        return anchor;
    }

    /** Puts the entry's records and their chain positions. */
    void apply(JournalEntry entry) {
        entry.records().forEach(this::put);
        entry.links().forEach(this::link);
    }

    /** Records the chain position of the stored event {@code eventId}; the head moves up to it. */
    void link(String eventId, ChainLink link) {
        AuditEvent event = events.get(eventId);
        if (event == null) {
            throw new IllegalArgumentException("event_id \"" + eventId + "\" has a chain position but no event");
        }
        if (bySeq.putIfAbsent(link.seq(), event) != null) {
            throw new IllegalArgumentException("two audit events hold chain position " + link.seq());
        }
        links.put(eventId, link);
        if (link.seq() > head.seq()) {
            head = link;
        }
    }

    /** The chain position of a stored event (every event has one once the store is at schema 6). */
    ChainLink link(AuditEvent event) {
        ChainLink link = links.get(event.eventId().value());
        if (link == null) {
            throw new IllegalStateException("audit event " + event.eventId() + " has no chain position");
        }
        return link;
    }

    /** The last position of the audit chain. */
    ChainLink head() {
        return head;
    }

    /** The ids of the stored events at positions up to {@code seq}. */
    List<EventId> upTo(long seq) {
        return bySeq.headMap(seq, true).values().stream().map(AuditEvent::eventId).toList();
    }

    /** The position {@code seq} as stored, if an event holds it. */
    Optional<ChainLink> linkAt(long seq) {
        return Optional.ofNullable(bySeq.get(seq)).map(this::link);
    }

    /** At most {@code limit} events with positions above {@code seq}, in {@code seq} order. */
    List<ChainedEvent> after(long seq, int limit) {
        List<ChainedEvent> found = new ArrayList<>();
        for (Map.Entry<Long, AuditEvent> entry : bySeq.tailMap(seq, false).entrySet()) {
            if (found.size() == limit) {
                break;
            }
            found.add(new ChainedEvent(links.get(entry.getValue().eventId().value()), entry.getValue()));
        }
        return found;
    }

    /**
     * Chains the events that have no position yet (those of a store from before schema 6) after the
     * head, in ({@code ts}, {@code event_id}) order, as the SQL migration V6 does.
     */
    void chainUnlinked() {
        AuditChain chain = AuditChain.after(head);
        events.values().stream().filter(e -> !links.containsKey(e.eventId().value()))
                .sorted(Comparator.comparing(AuditEvent::ts).thenComparing(e -> e.eventId().value()))
                .forEach(e -> link(e.eventId().value(), chain.append(e)));
    }

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

    /** Every record in canonical export order, each audit event with its chain position ({@link ChainedEvent}). */
    void forEachChained(Consumer<LedgerRecord> sink) {
        runs.values().forEach(sink);
        steps.values().forEach(byStep -> byStep.values().forEach(sink));
        events.values().forEach(event -> sink.accept(new ChainedEvent(link(event), event)));
    }

    /** Every record in canonical export order: runs, steps by run then step, events. */
    void forEach(Consumer<LedgerRecord> sink) {
        runs.values().forEach(sink);
        steps.values().forEach(byStep -> byStep.values().forEach(sink));
        events.values().forEach(sink);
    }
}
