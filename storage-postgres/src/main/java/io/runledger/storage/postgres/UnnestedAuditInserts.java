package io.runledger.storage.postgres;

import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.ChainLink;
import io.runledger.storage.sql.jdbc.AuditChainHead;
import io.runledger.storage.sql.jdbc.AuditEventRows;
import io.runledger.storage.sql.jdbc.ChainedAuditInserts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * PostgreSQL's {@link ChainedAuditInserts}: an append's rows travel as one array per column
 * ({@link ColumnArrays}) unnested by one {@code INSERT … SELECT}, and the head's move from a known
 * position is a writable CTE of that same statement, whose rows are inserted only when the move
 * matched. So the chain costs an append no round trip of its own (a separate move was one of about
 * seven per transaction: docs/PERFORMANCE.md, "What the chain costs appends"). A claim locks the head
 * row {@code FOR UPDATE}, so that the appends of several instances queue there.
 */
final class UnnestedAuditInserts implements ChainedAuditInserts {
    private static final Optional<String> ROW_LOCK = Optional.of("FOR UPDATE");

    @Override
    public ChainLink claim(Connection connection) throws SQLException {
        return AuditChainHead.claim(connection, ROW_LOCK);
    }

    @Override
    public void insert(Connection connection, List<AuditEvent> events, List<ChainLink> links) throws SQLException {
        ColumnArrays rows = rows(events, links);
        try (PreparedStatement insert = connection.prepareStatement(insert(rows))) {
            rows.bind(connection, insert, 1);
            insert.executeUpdate();
        }
    }

    @Override
    public boolean insertAfter(Connection connection, ChainLink from, List<AuditEvent> events, List<ChainLink> links)
            throws SQLException {
        ColumnArrays rows = rows(events, links);
        try (PreparedStatement insert = connection.prepareStatement("WITH moved AS (" + AuditChainHead.MOVE
                + " RETURNING id) " + insert(rows) + " WHERE EXISTS (SELECT 1 FROM moved)")) {
            rows.bind(connection, insert, AuditChainHead.bindMove(insert, 1, from, links.get(links.size() - 1)));
            return insert.executeUpdate() > 0;
        }
    }

    private static String insert(ColumnArrays rows) {
        return "INSERT INTO " + AuditEventRows.COLUMNS.table() + " (" + AuditEventRows.COLUMNS.list("") + ") SELECT * FROM "
                + rows.unnest();
    }

    private static ColumnArrays rows(List<AuditEvent> events, List<ChainLink> links) throws SQLException {
        ColumnArrays rows = new ColumnArrays();
        for (int i = 0; i < events.size(); i++) {
            AuditEventRows.write(rows, events.get(i), links.get(i));
        }
        return rows;
    }
}
