package io.runledger.storage.sql.jdbc;

import io.runledger.format.record.AuditChain;
import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.ChainLink;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Gives the events of a store that had no audit chain their positions, in ({@code ts}, {@code event_id})
 * order (ids in code-point order, compared here rather than by the database's collation), and writes
 * the head row: the data step of schema 6, run on the migration's connection inside its transaction,
 * so that a crash leaves the previous version whole. Streams the events; memory holds one batch of
 * updates and the events of one timestamp.
 */
public final class AuditChainBackfill {
    private static final int BATCH = 1_000;

    private AuditChainBackfill() {
    }

    /** Chains every event of {@code audit_log} from the genesis and records the head; returns the number of events. */
    public static long run(Connection connection) throws SQLException {
        AuditChain chain = AuditChain.after(AuditChain.START);
        try (PreparedStatement read = connection.prepareStatement("SELECT " + AuditEventRows.COLUMNS.list("")
                + " FROM audit_log ORDER BY ts");
             PreparedStatement update = connection.prepareStatement("UPDATE audit_log SET seq = ?, chain = ? WHERE event_id = ?")) {
            read.setFetchSize(BATCH);
            List<AuditEvent> sameTime = new ArrayList<>();
            int pending = 0;
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    AuditEvent event = AuditEventRows.read(ColumnReader.of(rows), 1);
                    if (!sameTime.isEmpty() && !sameTime.get(0).ts().equals(event.ts())) {
                        pending = link(sameTime, chain, update, pending);
                    }
                    sameTime.add(event);
                }
            }
            link(sameTime, chain, update, pending);
            update.executeBatch();
        }
        AuditChainHead.start(connection, chain.head());
        return chain.head().seq();
    }

    /** Chains the events of one timestamp in id order, adds their updates, and sends a full batch. */
    private static int link(List<AuditEvent> sameTime, AuditChain chain, PreparedStatement update, int pending)
            throws SQLException {
        sameTime.sort(Comparator.comparing(e -> e.eventId().value()));
        int count = pending;
        for (AuditEvent event : sameTime) {
            ChainLink link = chain.append(event);
            update.setLong(1, link.seq());
            update.setString(2, link.chain());
            update.setString(3, event.eventId().value());
            update.addBatch();
            if (++count >= BATCH) {
                update.executeBatch();
                count = 0;
            }
        }
        sameTime.clear();
        return count;
    }
}
