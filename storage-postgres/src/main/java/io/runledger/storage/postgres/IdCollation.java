package io.runledger.storage.postgres;

import io.runledger.storage.sql.jdbc.IdOrder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses how a store's queries order and compare ids. Forcing {@code ucs_basic} on every query
 * ({@link CodePointOrder}) is always correct, but PostgreSQL uses an index for an {@code order by} or
 * a keyset predicate only when the query's collation is the column's own, so forced ids make every
 * deep page a sort of the whole table. Where the id columns already sort in byte order, the queries
 * keep the columns' own collation ({@link IdOrder#NATIVE}) and the primary keys and
 * {@code (run_id, event_id)} indexes serve them.
 *
 * <p>The id columns sort in byte order when each has the collation {@code C} or {@code POSIX}, or
 * the database's default collation and that default sorts every id of one and two characters (the
 * whole id alphabet, pairwise) exactly as bytes do: true of {@code C} and of glibc's {@code C.UTF-8},
 * false of every language collation (they ignore punctuation or case at the first level).
 */
final class IdCollation {
    /** The characters an id may hold (docs/FORMAT.md). */
    static final String ID_ALPHABET = "-.0123456789:ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";
    private static final List<String> ID_COLUMNS = List.of("runs.run_id", "run_labels.run_id",
            "run_steps.run_id", "run_steps.step_id", "audit_log.event_id", "audit_log.run_id");

    private IdCollation() {
    }

    /** The id order the queries on {@code location}'s store should use, read over {@code connection}. */
    static IdOrder of(Connection connection, PostgresLocation location) throws SQLException {
        List<String> collations = columnCollations(connection, location.schema());
        if (collations.size() != ID_COLUMNS.size()) {
            return new CodePointOrder();
        }
        boolean allBinary = collations.stream().allMatch(c -> c.equals("C") || c.equals("POSIX"));
        if (allBinary) {
            return IdOrder.NATIVE;
        }
        boolean allDefaultOrBinary = collations.stream().allMatch(c -> c.equals("default") || c.equals("C") || c.equals("POSIX"));
        return allDefaultOrBinary && defaultSortsLikeBytes(connection) ? IdOrder.NATIVE : new CodePointOrder();
    }

    private static List<String> columnCollations(Connection connection, String schema) throws SQLException {
        List<String> found = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT co.collname FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
                        + " JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_collation co ON co.oid = a.attcollation"
                        + " WHERE n.nspname = ? AND a.attnum > 0 AND NOT a.attisdropped AND c.relname || '.' || a.attname = ANY (?)")) {
            statement.setString(1, schema);
            statement.setArray(2, connection.createArrayOf("text", ID_COLUMNS.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
        }
        return found;
    }

    private static boolean defaultSortsLikeBytes(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "WITH c(ch) AS (SELECT unnest(string_to_array(?, NULL))),"
                        + " probe(id) AS (SELECT ch FROM c UNION ALL SELECT a.ch || b.ch FROM c a, c b)"
                        + " SELECT array_agg(id ORDER BY id) = array_agg(id ORDER BY id COLLATE \"C\") FROM probe")) {
            statement.setString(1, ID_ALPHABET);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() && rows.getBoolean(1);
            }
        }
    }
}
