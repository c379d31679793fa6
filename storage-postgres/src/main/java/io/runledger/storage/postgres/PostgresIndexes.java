package io.runledger.storage.postgres;

import io.runledger.storage.sql.jdbc.IndexDeferral;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * PostgreSQL's {@link IndexDeferral}: the foreign keys touching the tables and their non-unique
 * indexes, dropped, and restored from their catalog definitions ({@code pg_get_constraintdef},
 * {@code pg_get_indexdef}), so whatever the migrations built is what comes back. A foreign key added
 * again is checked by one join instead of a trigger per row. Dropping takes the tables' ACCESS
 * EXCLUSIVE lock: readers of the (empty) tables wait for the commit.
 */
final class PostgresIndexes implements IndexDeferral {
    private static final String DEFINITIONS =
            "WITH t AS (SELECT to_regclass(n) AS oid FROM unnest(?::text[]) AS n)"
            + " SELECT 1 AS step, format('ALTER TABLE %s DROP CONSTRAINT %I', co.conrelid::regclass, co.conname),"
            + " format('ALTER TABLE %s ADD CONSTRAINT %I %s', co.conrelid::regclass, co.conname, pg_get_constraintdef(co.oid))"
            + " FROM pg_constraint co WHERE co.contype = 'f'"
            + " AND (co.conrelid IN (SELECT oid FROM t) OR co.confrelid IN (SELECT oid FROM t))"
            + " UNION ALL SELECT 2, format('DROP INDEX %s', i.indexrelid::regclass), pg_get_indexdef(i.indexrelid)"
            + " FROM pg_index i WHERE i.indrelid IN (SELECT oid FROM t) AND NOT i.indisunique"
            + " ORDER BY 1, 2";

    /** Drops the foreign keys touching {@code tables}, then their non-unique indexes. */
    @Override
    public List<String> drop(Connection connection, List<String> tables) throws SQLException {
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
        try (Statement statement = connection.createStatement()) {
            for (String sql : drops) {
                statement.execute(sql);
            }
        }
        // Indexes first, then the foreign keys (reverse order): a key's check can use an index.
        Collections.reverse(restore);
        return restore;
    }

    /**
     * Runs the rebuild without the store session's statement and socket timeouts (as migrations run):
     * one index over a large table is one long statement, which those timeouts would cut short. The
     * statement timeout is lifted for the rest of the transaction only (its commit follows).
     */
    @Override
    public void restore(Connection connection, List<String> statements) throws SQLException {
        int socketTimeout = connection.getNetworkTimeout();
        connection.setNetworkTimeout(Runnable::run, 0);
        try {
            PostgresConnections.liftStatementTimeout(connection);
            IndexDeferral.super.restore(connection, statements);
        } finally {
            connection.setNetworkTimeout(Runnable::run, socketTimeout);
        }
    }
}
