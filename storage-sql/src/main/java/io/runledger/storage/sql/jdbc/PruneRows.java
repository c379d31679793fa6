package io.runledger.storage.sql.jdbc;

import io.runledger.storage.api.AuditPrune;
import io.runledger.storage.api.AuditPrunes;
import io.runledger.storage.sql.entity.AuditPruneEntity;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of {@code audit_prunes} (V4) read with plain JDBC: for the admins' checks (no ORM at status
 * time) and an open store's prune records and chain anchor.
 */
public final class PruneRows {
    /** The schema version that added the table: a store below it has no prune records. */
    public static final int SINCE_VERSION = 4;
    /** The schema version that added each prune's chain anchor ({@code last_seq}, {@code last_chain}). */
    private static final int ANCHORED_SINCE = 8;

    private PruneRows() {
    }

    /**
     * Every prune record of an open store, read on one of its connections (which find its tables
     * unqualified), oldest first: the store is at this binary's schema or a later one, so the records
     * carry their anchors.
     */
    public static AuditPrunes read(Connection connection) throws SQLException {
        return read(connection, "audit_prunes", ANCHORED_SINCE);
    }

    /** Every prune record in {@code table} (schema-qualified where needed) of a store at {@code schemaVersion}, oldest first. */
    public static AuditPrunes read(Connection connection, String table, int schemaVersion) throws SQLException {
        List<AuditPrune> prunes = new ArrayList<>();
        boolean anchored = schemaVersion >= ANCHORED_SINCE;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT prune_id, pruned_at, before_ts, first_ts, last_ts, event_count,"
                     + " archive, archive_hash" + (anchored ? ", last_seq, last_chain" : "") + " FROM " + table
                     + " ORDER BY pruned_at, prune_id")) {
            while (rows.next()) {
                long seq = anchored ? rows.getLong(9) : 0;
                Long lastSeq = anchored && !rows.wasNull() ? seq : null;
                prunes.add(new AuditPrune(rows.getString(1), micros(rows, 2), micros(rows, 3), micros(rows, 4),
                        micros(rows, 5), rows.getLong(6), rows.getString(7), rows.getString(8),
                        AuditPruneEntity.anchor(lastSeq, anchored ? rows.getString(10) : null)));
            }
        }
        return new AuditPrunes(prunes);
    }

    private static Instant micros(ResultSet rows, int column) throws SQLException {
        return JdbcValues.instant(rows, column).orElseThrow();
    }
}
