package io.runledger.storage.json;

import io.runledger.format.record.AuditChain;
import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.AuditFilter;
import io.runledger.storage.api.AuditLog;
import io.runledger.storage.api.ChainLink;
import io.runledger.storage.api.EventId;
import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.api.Page;
import io.runledger.storage.api.PageRequest;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.RunId;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.WriteOutcome;
import io.runledger.storage.json.journal.JournalEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link AuditLog} over the journaled ledger: a batch is one journal line, so it is durable and visible as a unit. */
final class JsonAuditLog implements AuditLog {
    private final JournaledLedger ledger;

    JsonAuditLog(JournaledLedger ledger) {
        this.ledger = ledger;
    }

    /**
     * The append rule, shared with import: identical events again are no-ops, an id known with other
     * content is a duplicate, and a new event's run must exist — an id decides before a run, as on SQL.
     * New events take the next positions of the audit chain, in batch order; repeats take none.
     */
    static Planned<List<WriteOutcome>> planAppend(Ledger content, List<AuditEvent> events) {
        Map<String, AuditEvent> batch = new HashMap<>();
        List<LedgerRecord> created = new ArrayList<>();
        Map<String, ChainLink> links = new HashMap<>();
        AuditChain chain = AuditChain.after(content.head());
        List<WriteOutcome> outcomes = new ArrayList<>();
        for (AuditEvent event : events) {
            ReadBack.require(event);
            String id = event.eventId().value();
            AuditEvent stored = batch.containsKey(id) ? batch.get(id) : content.event(id).orElse(null);
            if (stored == null) {
                event.runId().filter(run -> content.run(run.value()).isEmpty()).ifPresent(run -> {
                    throw new StoreException(ReasonCode.RUN_NOT_FOUND, "event " + event.eventId() + " names run " + run
                            + ", which does not exist; nothing of the batch was stored");
                });
                batch.put(id, event);
                created.add(event);
                links.put(id, chain.append(event));
                outcomes.add(WriteOutcome.CREATED);
            } else if (stored.equals(event)) {
                outcomes.add(WriteOutcome.ALREADY_PRESENT);
            } else {
                throw new StoreException(ReasonCode.DUPLICATE_ID, "event " + id
                        + " already exists with other content; nothing of the batch was stored");
            }
        }
        return created.isEmpty() ? Planned.nothing(outcomes)
                : Planned.write(new JournalEntry(JournalEntry.APPEND, created, links), outcomes);
    }

    /**
     * The write that loads {@code event} at the position an import gives it ({@code link}): its run must
     * be loaded already, and its id and position be new to {@code content}.
     */
    static Planned<WriteOutcome> planImport(Ledger content, AuditEvent event, ChainLink link) {
        ReadBack.require(event);
        event.runId().filter(run -> content.run(run.value()).isEmpty()).ifPresent(run -> {
            throw new StoreException(ReasonCode.RUN_NOT_FOUND, "event " + event.eventId() + " names run " + run
                    + ", which does not exist; nothing was imported");
        });
        if (content.event(event.eventId().value()).isPresent() || content.linkAt(link.seq()).isPresent()) {
            throw new StoreException(ReasonCode.DUPLICATE_ID, "event " + event.eventId() + " or its position "
                    + link.seq() + " is loaded twice; nothing was imported");
        }
        return Planned.write(new JournalEntry(JournalEntry.APPEND, List.of(event), Map.of(event.eventId().value(), link)),
                WriteOutcome.CREATED);
    }

    @Override
    public List<WriteOutcome> append(List<AuditEvent> events) {
        return ledger.write("append " + events.size() + " audit events", content -> planAppend(content, events));
    }

    @Override
    public Optional<AuditEvent> find(EventId eventId) {
        return ledger.read(content -> content.event(eventId.value()));
    }

    @Override
    public Page<AuditEvent> find(AuditFilter filter, PageRequest page) {
        return ledger.read(content -> Pages.of(content.events(filter.runId().map(RunId::value)), filter::matches, page));
    }
}
