package io.runledger.storage.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The secondary indexes and foreign keys of the content tables, taken off for a bulk load into empty
 * tables and put back, exactly as they were, before the load's transaction commits. Building an index
 * once over the loaded rows costs about half of maintaining it row by row, and a foreign key is
 * checked by one join instead of a trigger per row (docs/PERFORMANCE.md, bulk moves). Primary keys
 * and unique indexes stay, so a duplicate id is still refused as the rows arrive. The definitions
 * are read from the catalog ({@code pg_get_indexdef}, {@code pg_get_constraintdef}), so whatever the
 * migrations built is what comes back; PostgreSQL's DDL is transactional, so a load that fails or is
 * killed leaves the schema as it was. Dropping takes the tables' ACCESS EXCLUSIVE lock: readers of the
 * (empty) tables wait for the commit.
 */
final class DeferredIndexes {
    private static final String DEFINITIONS =
            "WITH t AS (SELECT to_regclass(n) AS oid FROM unnest(?::text[]) AS n)"
            + " SELECT 1 AS step, format('ALTER TABLE %s DROP CONSTRAINT %I', co.conrelid::regclass, co.conname),"
            + " format('ALTER TABLE %s ADD CONSTRAINT %I %s', co.conrelid::regclass, co.conname, pg_get_constraintdef(co.oid))"
            + " FROM pg_constraint co WHERE co.contype = 'f'"
            + " AND (co.conrelid IN (SELECT oid FROM t) OR co.confrelid IN (SELECT oid FROM t))"
            + " UNION ALL SELECT 2, format('DROP INDEX %s', i.indexrelid::regclass), pg_get_indexdef(i.indexrelid)"
            + " FROM pg_index i WHERE i.indrelid IN (SELECT oid FROM t) AND NOT i.indisunique"
            + " ORDER BY 1, 2";

    private final List<String> restore;

    private DeferredIndexes(List<String> restore) {
        this.restore = restore;
    }

    /** Drops the foreign keys touching {@code tables}, then their non-unique indexes, remembering each. */
    static DeferredIndexes drop(Connection connection, List<String> tables) throws SQLException {
        List<String> drops = new ArrayList<>();
        List<String> restore = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(DEFINITIONS)) {
            statement.setArray(1, connection.createArrayOf("text", tables.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    drops.add(rows.getString(2));
                    restore.add(rows.getString(3));
                }
            }
        }
        run(connection, drops);
        // Indexes first, then the foreign keys (reverse order): a key's check can use an index.
        Collections.reverse(restore);
        return new DeferredIndexes(restore);
    }

    /** Builds the indexes again over the loaded rows and adds (and so checks) the foreign keys. */
    void restore(Connection connection) throws SQLException {
        run(connection, restore);
    }

    private static void run(Connection connection, List<String> statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
