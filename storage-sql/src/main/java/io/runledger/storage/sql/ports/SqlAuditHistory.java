package io.runledger.storage.sql.ports;

import io.runledger.storage.api.AuditHistory;
import io.runledger.storage.api.ChainAnchor;
import io.runledger.storage.api.ChainLink;
import io.runledger.storage.api.ChainedEvent;
import io.runledger.storage.sql.jdbc.AuditChainHead;
import io.runledger.storage.sql.jdbc.PruneRows;
import java.util.List;
import java.util.Optional;

/**
 * {@link AuditHistory} over {@code audit_log}'s chain columns, the {@code audit_chain_head} row and the
 * anchors of {@code audit_prunes}, each read one statement in plain JDBC (one snapshot by itself): a
 * server's chain check builds no ORM.
 */
public final class SqlAuditHistory implements AuditHistory {
    private final SqlSessions sessions;

    public SqlAuditHistory(SqlSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public ChainLink head() {
        return sessions.readStatement("read the audit chain's head", AuditChainHead::read);
    }

    @Override
    public Optional<ChainAnchor> anchor() {
        return sessions.readStatement("read the audit chain's anchor",
                connection -> ChainAnchor.latest(PruneRows.read(connection).all()));
    }

    @Override
    public List<ChainedEvent> after(long seq, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1 (got " + limit + ")");
        }
        return sessions.readStatement("read the audit chain after position " + seq, c -> AuditChainHead.after(c, seq, limit));
    }
}
