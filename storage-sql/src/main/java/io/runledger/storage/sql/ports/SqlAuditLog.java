package io.runledger.storage.sql.ports;

import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.AuditFilter;
import io.runledger.storage.api.AuditLog;
import io.runledger.storage.api.ChainLink;
import io.runledger.storage.api.EventId;
import io.runledger.storage.api.Page;
import io.runledger.storage.api.PageRequest;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.RunId;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.WriteOutcome;
import io.runledger.storage.sql.entity.AuditEventEntity;
import io.runledger.storage.sql.jdbc.AuditEventRows;
import io.runledger.storage.sql.jdbc.ColumnReader;
import io.runledger.storage.sql.jdbc.Pages;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.query.SelectionQuery;

/**
 * {@link AuditLog} over the {@code audit_log} table. An append is one transaction in plain JDBC
 * (no ORM on the path a server spends its time on) that extends the audit chain once
 * ({@link KnownChainHead}): events already stored are not chained again. Queries go through Hibernate.
 */
public final class SqlAuditLog implements AuditLog {
    private final SqlSessions sessions;
    private final KnownChainHead head;

    public SqlAuditLog(SqlSessions sessions) {
        this.sessions = sessions;
        this.head = new KnownChainHead(sessions.auditInserts());
    }

    @Override
    public List<WriteOutcome> append(List<AuditEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        Appended appended = sessions.write("append " + events.size() + " audit event(s)", connection -> {
            Map<String, AuditEvent> known = new HashMap<>(stored(connection, events));
            Set<String> runs = ExistingRows.runIds(connection,
                    events.stream().flatMap(e -> e.runId().stream()).map(RunId::value).distinct().toList());
            List<WriteOutcome> outcomes = new ArrayList<>(events.size());
            List<AuditEvent> fresh = new ArrayList<>(events.size());
            for (AuditEvent event : events) {
                AuditEvent prior = known.putIfAbsent(event.eventId().value(), event);
                if (prior == null) {
                    event.runId().filter(r -> !runs.contains(r.value())).ifPresent(r -> {
                        throw new StoreException(ReasonCode.RUN_NOT_FOUND, "audit event " + event.eventId()
                                + " names run " + r + ", which does not exist; nothing of the batch was stored");
                    });
                    fresh.add(event);
                    outcomes.add(WriteOutcome.CREATED);
                } else if (prior.equals(event)) {
                    outcomes.add(WriteOutcome.ALREADY_PRESENT);
                } else {
                    throw new StoreException(ReasonCode.DUPLICATE_ID, "audit event " + event.eventId()
                            + " already exists with other content; nothing of the batch was stored");
                }
            }
            return new Appended(outcomes, fresh.isEmpty() ? Optional.empty() : Optional.of(extendChain(connection, fresh)));
        });
        appended.head().ifPresent(head::committed);
        return appended.outcomes();
    }

    /**
     * Inserts the new events, linked in batch order after the chain's head, and moves the head to the
     * last of them (in one statement on PostgreSQL when this store's last append left the head there):
     * the head row stays locked from its move to the commit. Returns the new head.
     */
    private ChainLink extendChain(Connection connection, List<AuditEvent> fresh) throws SQLException {
        return head.extend(connection, fresh);
    }

    @Override
    public Optional<AuditEvent> find(EventId eventId) {
        return sessions.read("read audit event " + eventId, session -> Optional
                .ofNullable(session.get(AuditEventEntity.class, eventId.value()))
                .map(AuditEventRows::event));
    }

    @Override
    public Page<AuditEvent> find(AuditFilter filter, PageRequest page) {
        return sessions.read("query the audit log", session -> {
            List<String> conditions = new ArrayList<>();
            filter.runId().ifPresent(r -> conditions.add("a.runId = :runId"));
            filter.level().ifPresent(l -> conditions.add("a.level = :level"));
            filter.scope().ifPresent(s -> conditions.add("a.scope = :scope"));
            filter.since().ifPresent(s -> conditions.add("a.ts >= :since"));
            filter.until().ifPresent(u -> conditions.add("a.ts < :until"));
            filter.event().ifPresent(e -> conditions.add("a.event = :event"));
            filter.text().ifPresent(t -> conditions.add("locate(:text, a.message) > 0"));
            page.after().ifPresent(a -> conditions.add(sessions.id("a.eventId") + " > :after"));
            String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
            SelectionQuery<AuditEventEntity> query = session
                    .createSelectionQuery("from AuditEventEntity a" + where + " order by " + sessions.id("a.eventId"), AuditEventEntity.class)
                    .setMaxResults(Pages.fetchSize(page));
            filter.runId().ifPresent(r -> query.setParameter("runId", r.value()));
            filter.level().ifPresent(l -> query.setParameter("level", l.wireName()));
            filter.scope().ifPresent(s -> query.setParameter("scope", s));
            filter.since().ifPresent(s -> query.setParameter("since", s));
            filter.until().ifPresent(u -> query.setParameter("until", u));
            filter.event().ifPresent(e -> query.setParameter("event", e));
            filter.text().ifPresent(t -> query.setParameter("text", t));
            page.after().ifPresent(a -> query.setParameter("after", a));
            return Pages.of(query.getResultList().stream().map(AuditEventRows::event).toList(), page, e -> e.eventId().value());
        });
    }

    private static Map<String, AuditEvent> stored(Connection connection, List<AuditEvent> events) throws SQLException {
        Map<String, AuditEvent> stored = new HashMap<>();
        List<String> ids = events.stream().map(e -> e.eventId().value()).distinct().toList();
        ExistingRows.each(connection, "SELECT " + AuditEventRows.COLUMNS.list("") + " FROM audit_log WHERE event_id", ids,
                row -> {
                    AuditEvent event = AuditEventRows.read(ColumnReader.of(row), 1);
                    stored.put(event.eventId().value(), event);
                });
        return stored;
    }

    /** What an append transaction did: each event's outcome, and the head it moved the chain to, if it did. */
    private record Appended(List<WriteOutcome> outcomes, Optional<ChainLink> head) {
    }
}
