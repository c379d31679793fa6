package io.runledger.storage.sql.ports;

import io.runledger.storage.api.AuditPrune;
import io.runledger.storage.api.AuditRetention;
import io.runledger.storage.api.ChainLink;
import io.runledger.storage.api.EventId;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.TestCrashPoint;
import io.runledger.storage.sql.errors.CallerFailure;
import io.runledger.storage.sql.jdbc.JdbcRows;
import io.runledger.storage.sql.jdbc.PruneRows;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@link AuditRetention} over {@code audit_log} and {@code audit_prunes}: the check that the events are
 * a prefix of the chain (read before the delete), the deletes (by event id, in chunks) and the insert of
 * the record with its anchor are one write transaction, which the schema window guards like every write.
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
        long last = record.last().map(ChainLink::seq).orElse(0L);
        sessions.write("prune " + ids.size() + " audit event(s)", connection -> {
            if (PruneRows.exists(connection, record.pruneId())) {
                throw new StoreException(ReasonCode.DUPLICATE_ID, "a prune with id " + record.pruneId()
                        + " exists; nothing was deleted");
            }
            List<EventId> prefix = new ArrayList<>();
            List<ChainLink> atLast = new ArrayList<>(1);
            JdbcRows.each(connection, "SELECT event_id, seq, chain FROM audit_log WHERE seq <= ?",
                    statement -> statement.setLong(1, last), row -> {
                        prefix.add(new EventId(row.getString(1)));
                        if (row.getLong(2) == last) {
                            atLast.add(new ChainLink(last, row.getString(3)));
                        }
                    });
            long deleted = ExistingRows.delete(connection, "DELETE FROM audit_log WHERE event_id", ids);
            if (deleted != ids.size()) {
                throw new StoreException(ReasonCode.STORE_LOCKED, (ids.size() - deleted) + " of the " + ids.size()
                        + " audit events to prune are no longer stored (another prune took them); nothing was deleted");
            }
            try {
                record.requirePrefix(events, prefix, atLast.stream().findFirst());
            } catch (IllegalArgumentException e) {
                throw new CallerFailure(e);
            }
            PruneRows.insert(connection, record);
            TestCrashPoint.reach(INSIDE_DELETE);
            return null;
        });
    }

    @Override
    public List<AuditPrune> prunes() {
        return sessions.readStatement("read the prune records", connection -> PruneRows.read(connection).all());
    }
}
