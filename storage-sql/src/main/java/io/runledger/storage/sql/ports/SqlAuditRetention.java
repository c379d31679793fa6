package io.runledger.storage.sql.ports;

import io.runledger.storage.api.AuditPrune;
import io.runledger.storage.api.AuditRetention;
import io.runledger.storage.api.EventId;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.TestCrashPoint;
import io.runledger.storage.sql.entity.AuditPruneEntity;
import java.util.List;
import java.util.Set;

/**
 * {@link AuditRetention} over {@code audit_log} and {@code audit_prunes}: the deletes (by event id, in
 * chunks) and the record's insert are one write transaction, which the schema window guards like every write.
 */
public final class SqlAuditRetention implements AuditRetention {
    /** Test-only crash point: the events are deleted and the record inserted, uncommitted. */
    private static final String INSIDE_DELETE = "prune-inside-delete";

    private final SqlSessions sessions;

    public SqlAuditRetention(SqlSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void prune(Set<EventId> events, AuditPrune record) {
        if (events.size() != record.count()) {
            throw new IllegalArgumentException("the record counts " + record.count() + " events, " + events.size() + " are named");
        }
        List<String> ids = events.stream().map(EventId::value).sorted().toList();
        sessions.write("prune " + ids.size() + " audit event(s)", session -> {
            if (session.get(AuditPruneEntity.class, record.pruneId()) != null) {
                throw new StoreException(ReasonCode.DUPLICATE_ID, "a prune with id " + record.pruneId()
                        + " exists; nothing was deleted");
            }
            long deleted = ExistingRows.chunks(ids).mapToLong(chunk -> session
                    .createMutationQuery("delete from AuditEventEntity a where a.eventId in :ids")
                    .setParameterList("ids", chunk)
                    .executeUpdate()).sum();
            if (deleted != ids.size()) {
                throw new StoreException(ReasonCode.STORE_LOCKED, (ids.size() - deleted) + " of the " + ids.size()
                        + " audit events to prune are no longer stored (another prune took them); nothing was deleted");
            }
            session.insert(new AuditPruneEntity(record));
            TestCrashPoint.reach(INSIDE_DELETE);
            return null;
        });
    }

    @Override
    public List<AuditPrune> prunes() {
        return sessions.read("read the prune records", session -> session
                .createSelectionQuery("from AuditPruneEntity p order by p.prunedAt, p.pruneId", AuditPruneEntity.class)
                .getResultList().stream().map(AuditPruneEntity::prune).toList());
    }
}
