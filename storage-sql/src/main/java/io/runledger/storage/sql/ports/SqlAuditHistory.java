package io.runledger.storage.sql.ports;

import io.runledger.storage.api.AuditHistory;
import io.runledger.storage.api.ChainLink;
import io.runledger.storage.api.ChainedEvent;
import io.runledger.storage.sql.jdbc.AuditChainHead;
import java.util.List;

/** {@link AuditHistory} over {@code audit_log}'s chain columns and the {@code audit_chain_head} row. */
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
    public List<ChainedEvent> after(long seq, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1 (got " + limit + ")");
        }
        return sessions.read("read the audit chain after position " + seq,
                session -> session.doReturningWork(c -> AuditChainHead.after(c, seq, limit)));
    }
}
