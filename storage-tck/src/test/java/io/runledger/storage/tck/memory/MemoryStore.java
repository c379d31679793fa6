package io.runledger.storage.tck.memory;

import io.runledger.format.record.AuditChain;
import io.runledger.format.record.ImportPositions;
import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.AuditFilter;
import io.runledger.storage.api.AuditHistory;
import io.runledger.storage.api.AuditLog;
import io.runledger.storage.api.AuditPrune;
import io.runledger.storage.api.AuditRetention;
import io.runledger.storage.api.ChainAnchor;
import io.runledger.storage.api.ChainLink;
import io.runledger.storage.api.ChainedEvent;
import io.runledger.storage.api.EventId;
import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.api.Page;
import io.runledger.storage.api.PageRequest;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.Run;
import io.runledger.storage.api.RunFilter;
import io.runledger.storage.api.RunId;
import io.runledger.storage.api.RunStats;
import io.runledger.storage.api.RunStatsQuery;
import io.runledger.storage.api.RunStatsTally;
import io.runledger.storage.api.RunStatus;
import io.runledger.storage.api.Runs;
import io.runledger.storage.api.Step;
import io.runledger.storage.api.StepId;
import io.runledger.storage.api.StepStatus;
import io.runledger.storage.api.Steps;
import io.runledger.storage.api.Store;
import io.runledger.storage.api.StoreContents;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.WriteOutcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/** The reference implementation of every port over {@link MemoryData}: the contract, as plainly as possible. */
final class MemoryStore implements Store, Runs, Steps, AuditLog, AuditHistory, AuditRetention, StoreContents {
    private final MemoryData data;

    MemoryStore(MemoryData data) {
        this.data = data;
    }

    private static <T> WriteOutcome put(TreeMap<String, T> map, String key, T value) {
        T stored = map.get(key);
        if (stored == null) {
            map.put(key, value);
            return WriteOutcome.CREATED;
        }
        if (!stored.equals(value)) {
            throw new StoreException(ReasonCode.DUPLICATE_ID, "id " + key + " is taken by other content");
        }
        return WriteOutcome.ALREADY_PRESENT;
    }

    private static <T> Page<T> page(Collection<T> ordered, Predicate<T> filter, PageRequest page, Function<T, String> key) {
        List<T> items = ordered.stream().filter(t -> page.after().map(a -> key.apply(t).compareTo(a) > 0).orElse(true))
                .filter(filter).limit(page.limit() + 1L).toList();
        if (items.size() <= page.limit()) {
            return new Page<>(items, Optional.empty());
        }
        List<T> shown = items.subList(0, page.limit());
        return new Page<>(shown, Optional.of(key.apply(shown.get(shown.size() - 1))));
    }

    private static void requireRun(MemoryData target, Optional<RunId> runId) {
        runId.filter(id -> !target.runs.containsKey(id.value())).ifPresent(id -> {
            throw new StoreException(ReasonCode.RUN_NOT_FOUND, "no run " + id);
        });
    }

    @Override public Runs runs() { return this; }
    @Override public Steps steps() { return this; }
    @Override public AuditLog auditLog() { return this; }
    @Override public AuditHistory auditHistory() { return this; }
    @Override public AuditRetention auditRetention() { return this; }
    @Override public StoreContents contents() { return this; }
    @Override public void close() { }

    @Override
    public void prune(Set<EventId> events, AuditPrune record) {
        synchronized (data) {
            if (events.size() != record.count()) {
                throw new IllegalArgumentException("the record counts " + record.count() + " events, " + events.size() + " are named");
            }
            if (events.stream().anyMatch(id -> !data.events.containsKey(id.value()))) {
                throw new StoreException(ReasonCode.STORE_LOCKED, "an event to prune is no longer stored");
            }
            if (data.prunes.stream().anyMatch(p -> p.pruneId().equals(record.pruneId()))) {
                throw new StoreException(ReasonCode.DUPLICATE_ID, "prune " + record.pruneId() + " exists");
            }
            long last = record.last().map(ChainLink::seq).orElse(0L);
            record.requirePrefix(events, data.chain.headMap(last, true).values().stream().map(c -> c.event().eventId()).toList(),
                    Optional.ofNullable(data.chain.get(last)).map(ChainedEvent::link));
            events.forEach(id -> data.events.remove(id.value()));
            data.chain.values().removeIf(c -> events.contains(c.event().eventId()));
            data.prunes.add(record);
        }
    }

    @Override
    public List<AuditPrune> prunes() {
        synchronized (data) {
            return List.copyOf(data.prunes);
        }
    }

    @Override
    public WriteOutcome create(Run run) {
        synchronized (data) {
            return put(data.runs, run.runId().value(), run);
        }
    }

    @Override
    public Optional<Run> find(RunId runId) {
        synchronized (data) {
            return Optional.ofNullable(data.runs.get(runId.value()));
        }
    }

    @Override
    public Page<Run> list(RunFilter filter, PageRequest page) {
        synchronized (data) {
            return page(data.runs.values(), r -> filter.status().map(s -> s == r.status()).orElse(true)
                    && filter.label().map(l -> l.value().equals(r.labels().get(l.name()))).orElse(true), page, r -> r.runId().value());
        }
    }

    @Override
    public RunStats stats(RunStatsQuery query) {
        synchronized (data) {
            RunStatsTally tally = new RunStatsTally(query);
            data.runs.values().forEach(tally::add);
            return tally.result();
        }
    }

    @Override
    public void update(Run next, RunStatus expected) {
        synchronized (data) {
            Run stored = find(next.runId()).orElseThrow(() -> new StoreException(ReasonCode.RUN_NOT_FOUND, "no run " + next.runId()));
            if (stored.status() != expected) {
                throw new StoreException(ReasonCode.INVALID_STATUS_TRANSITION, "run " + next.runId() + " is " + stored.status());
            }
            data.runs.put(stored.runId().value(), stored.withStatus(next.status(), next.finishedAt()).withLabels(next.labels()));
        }
    }

    @Override
    public WriteOutcome create(Step step) {
        synchronized (data) {
            requireRun(data, Optional.of(step.runId()));
            return put(data.steps, MemoryData.stepKey(step.runId().value(), step.stepId().value()), step);
        }
    }

    @Override
    public Optional<Step> find(RunId runId, StepId stepId) {
        synchronized (data) {
            return Optional.ofNullable(data.steps.get(MemoryData.stepKey(runId.value(), stepId.value())));
        }
    }

    @Override
    public Page<Step> list(RunId runId, PageRequest page) {
        synchronized (data) {
            return page(data.steps.values(), s -> s.runId().equals(runId), page, s -> s.stepId().value());
        }
    }

    @Override
    public void update(Step next, StepStatus expected) {
        synchronized (data) {
            Step stored = find(next.runId(), next.stepId())
                    .orElseThrow(() -> new StoreException(ReasonCode.STEP_NOT_FOUND, "no step " + next.stepId()));
            if (stored.status() != expected) {
                throw new StoreException(ReasonCode.INVALID_STATUS_TRANSITION, "step " + next.stepId() + " is " + stored.status());
            }
            data.steps.put(MemoryData.stepKey(next.runId().value(), next.stepId().value()),
                    stored.with(next.status(), next.startedAt(), next.finishedAt(), next.stats()));
        }
    }

    @Override
    public List<WriteOutcome> append(List<AuditEvent> events) {
        synchronized (data) {
            TreeMap<String, AuditEvent> batch = new TreeMap<>(data.events);
            List<WriteOutcome> outcomes = new ArrayList<>();
            for (AuditEvent event : events) {
                // A known id decides first (a retry or a duplicate); only a new event's run must exist.
                if (!batch.containsKey(event.eventId().value())) {
                    requireRun(data, event.runId());
                }
                outcomes.add(put(batch, event.eventId().value(), event));
            }
            data.events.putAll(batch);
            AuditChain chain = AuditChain.after(data.head);
            for (int i = 0; i < events.size(); i++) {
                if (outcomes.get(i) == WriteOutcome.CREATED) {
                    ChainLink link = chain.append(events.get(i));
                    data.chain.put(link.seq(), new ChainedEvent(link, events.get(i)));
                }
            }
            data.head = chain.head();
            return outcomes;
        }
    }

    @Override
    public Optional<ChainAnchor> anchor() {
        synchronized (data) {
            return ChainAnchor.latest(data.prunes);
        }
    }

    @Override
    public ChainLink head() {
        synchronized (data) {
            return data.head;
        }
    }

    @Override
    public List<ChainedEvent> after(long seq, int limit) {
        synchronized (data) {
            return data.chain.tailMap(seq, false).values().stream().limit(limit).toList();
        }
    }

    @Override
    public Optional<AuditEvent> find(EventId eventId) {
        synchronized (data) {
            return Optional.ofNullable(data.events.get(eventId.value()));
        }
    }

    @Override
    public Page<AuditEvent> find(AuditFilter filter, PageRequest page) {
        synchronized (data) {
            return page(data.events.values(), filter::matches, page, e -> e.eventId().value());
        }
    }

    @Override
    public void exportTo(Consumer<LedgerRecord> sink) {
        synchronized (data) {
            data.runs.values().forEach(sink);
            data.steps.values().forEach(sink);
            Map<String, ChainLink> links = new HashMap<>();
            data.chain.values().forEach(chained -> links.put(chained.event().eventId().value(), chained.link()));
            data.events.values().forEach(event -> sink.accept(new ChainedEvent(links.get(event.eventId().value()), event)));
        }
    }

    @Override
    public Optional<ChainLink> chainAnchor() {
        return anchor().map(ChainAnchor::link);
    }

    @Override
    public long importFrom(Iterator<LedgerRecord> records, Optional<ChainLink> anchor) {
        return load(records, true, anchor);
    }

    @Override
    public long replaceWith(Iterator<LedgerRecord> records, Optional<ChainLink> anchor) {
        return load(records, false, anchor);
    }

    private long load(Iterator<LedgerRecord> records, boolean intoEmpty, Optional<ChainLink> anchor) {
        synchronized (data) {
            if (intoEmpty && !data.isEmpty()) {
                throw new StoreException(ReasonCode.STATE_MIGRATION_TARGET_EXISTS, "the target store is not empty");
            }
            MemoryStore scratch = new MemoryStore(new MemoryData());
            if (intoEmpty) {
                scratch.data.head = data.head;
            }
            ImportPositions positions = new ImportPositions(scratch.data.head, anchor);
            long count = 0;
            while (records.hasNext()) {
                LedgerRecord record = records.next();
                if (record instanceof Run run) {
                    scratch.create(run);
                } else if (record instanceof Step step) {
                    scratch.create(step);
                } else {
                    AuditEvent event = record.auditEvent().orElseThrow();
                    requireRun(scratch.data, event.runId());
                    ChainLink link = positions.next(record);
                    scratch.data.events.put(event.eventId().value(), event);
                    scratch.data.chain.put(link.seq(), new ChainedEvent(link, event));
                }
                count++;
            }
            scratch.data.head = positions.head();
            data.runs.clear();
            data.steps.clear();
            data.events.clear();
            data.runs.putAll(scratch.data.runs);
            data.steps.putAll(scratch.data.steps);
            data.events.putAll(scratch.data.events);
            data.chain.clear();
            data.chain.putAll(scratch.data.chain);
            data.head = scratch.data.head;
            if (!intoEmpty) {
                // a restore starts the chain again: the records stay, their anchors no longer apply
                data.prunes.replaceAll(AuditPrune::unanchored);
            }
            positions.adoptedAnchor().ifPresent(carried -> data.prunes.add(AuditPrune.carried(carried, Instant.now())));
            return count;
        }
    }

    @Override
    public boolean isEmpty() {
        synchronized (data) {
            return data.isEmpty();
        }
    }
}
