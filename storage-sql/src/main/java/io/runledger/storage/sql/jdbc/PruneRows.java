package io.runledger.storage.sql.jdbc;

import io.runledger.storage.api.AuditPrune;
import io.runledger.storage.api.AuditPrunes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The rows of {@code audit_prunes} (V4) read with plain JDBC, for the admins' checks (no ORM at status time). */
public final class PruneRows {
    /** The schema version that added the table: a store below it has no prune records. */
    public static final int SINCE_VERSION = 4;

    private PruneRows() {
    }

    /** Every prune record in {@code table} (schema-qualified where needed), oldest first. */
    public static AuditPrunes read(Connection connection, String table) throws SQLException {
        List<AuditPrune> prunes = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT prune_id, pruned_at, before_ts, first_ts, last_ts, event_count,"
                     + " archive, archive_hash FROM " + table + " ORDER BY pruned_at, prune_id")) {
            while (rows.next()) {
                prunes.add(new AuditPrune(rows.getString(1), micros(rows, 2), micros(rows, 3), micros(rows, 4),
                        micros(rows, 5), rows.getLong(6), rows.getString(7), rows.getString(8)));
            }
        }
        return new AuditPrunes(prunes);
    }

    private static Instant micros(ResultSet rows, int column) throws SQLException {
        return JdbcValues.instant(rows, column).orElseThrow();
    }
}
