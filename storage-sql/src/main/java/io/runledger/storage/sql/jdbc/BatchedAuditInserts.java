package io.runledger.storage.sql.jdbc;

import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.ChainLink;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The portable {@link ChainedAuditInserts}: the head moves by its own update ({@link AuditChainHead}),
 * and the rows follow in one JDBC batch of prepared inserts bound by {@link AuditEventRows}.
 */
public final class BatchedAuditInserts implements ChainedAuditInserts {
    private final Optional<String> rowLock;

    /** {@code rowLock}: the clause with which a claim locks the head row (none where a write lock already serialises writers). */
    public BatchedAuditInserts(Optional<String> rowLock) {
        this.rowLock = rowLock;
    }

    @Override
    public ChainLink claim(Connection connection) throws SQLException {
        return AuditChainHead.claim(connection, rowLock);
    }

    @Override
    public void insert(Connection connection, List<AuditEvent> events, List<ChainLink> links) throws SQLException {
        StatementColumns.insert(connection, AuditEventRows.COLUMNS, row -> {
            for (int i = 0; i < events.size(); i++) {
                AuditEventRows.write(row, events.get(i), links.get(i));
            }
        });
    }

    @Override
    public boolean insertAfter(Connection connection, ChainLink from, List<AuditEvent> events, List<ChainLink> links)
            throws SQLException {
        if (!AuditChainHead.move(connection, from, links.get(links.size() - 1))) {
            return false;
        }
        insert(connection, events, links);
        return true;
    }
}
