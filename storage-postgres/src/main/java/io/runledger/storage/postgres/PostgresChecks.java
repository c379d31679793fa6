package io.runledger.storage.postgres;

import io.runledger.storage.api.Check;
import io.runledger.storage.api.ReasonCode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The diagnostic checks of {@code db check} and {@code doctor} on PostgreSQL, read-only: the server
 * answers, its version, the store's foreign keys are in place, the default isolation level, and
 * that ids sort in byte order in this database whatever its collation.
 */
final class PostgresChecks {
    /** The tables whose rows name a run, each with its foreign key to {@code runs}. */
    private static final List<String> REFERENCING = List.of("audit_log", "run_labels", "run_steps");
    /** Ids whose byte order differs from a language collation's (en_US puts "a-b" after "a_b", "a" before "B"). */
    private static final List<String> SAMPLE_IDS = List.of("z", "a_b", "Z9", "a.b", "B", "a", "a-b", "A");
    private static final Set<String> ISOLATION_LEVELS =
            Set.of("read uncommitted", "read committed", "repeatable read", "serializable");

    private PostgresChecks() {
    }

    static List<Check> run(Connection connection, PostgresLocation location) throws SQLException {
        String version = single(connection, "SHOW server_version");
        String one = single(connection, "SELECT 1");
        Set<String> withForeignKey = tablesWithForeignKeyToRuns(connection, location.schema());
        String isolation = single(connection, "SHOW default_transaction_isolation");
        // The ICU locale column is daticulocale on PostgreSQL 15 and 16, datlocale from 17, absent before 15.
        String collation = single(connection, "SELECT coalesce('icu ' || coalesce(to_jsonb(d) ->> 'datlocale',"
                + " to_jsonb(d) ->> 'daticulocale'), datcollate) FROM pg_database d WHERE datname = current_database()");
        String encoding = single(connection, "SHOW server_encoding");
        List<String> sorted = sortedByStore(connection);
        List<String> expected = SAMPLE_IDS.stream().sorted().toList();
        return List.of(
                new Check("server", true, "PostgreSQL " + version + ", schema " + location.schema()),
                new Check("select_1", one.equals("1"), one),
                foreignKeys(withForeignKey),
                new Check("default_transaction_isolation", ISOLATION_LEVELS.contains(isolation),
                        isolation + " (the store sets read committed for writes, repeatable read for reads)"),
                new Check("encoding", encoding.equalsIgnoreCase("UTF8"), encoding),
                new Check("id_order", sorted.equals(expected), "database collation " + collation + "; ids sort "
                        + (sorted.equals(expected) ? "in byte order" : "as " + sorted + ", not in byte order")));
    }

    /** A foreign key missing from the schema is schema drift, like every difference the catalog shows. */
    private static Check foreignKeys(Set<String> present) {
        return present.containsAll(REFERENCING)
                ? new Check("foreign_keys", true, String.join(", ", REFERENCING) + " -> runs")
                : new Check("foreign_keys", false, "missing on " + missing(present), Optional.of(ReasonCode.SCHEMA_DRIFT));
    }

    private static List<String> missing(Set<String> present) {
        return REFERENCING.stream().filter(t -> !present.contains(t)).toList();
    }

    private static Set<String> tablesWithForeignKeyToRuns(Connection connection, String schema) throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT c.conrelid::regclass::text FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace"
                        + " WHERE c.contype = 'f' AND n.nspname = ? AND c.confrelid = to_regclass(quote_ident(?) || '.runs')")) {
            statement.setString(1, schema);
            statement.setString(2, schema);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String name = rows.getString(1);
                    tables.add(name.substring(name.lastIndexOf('.') + 1).replace("\"", ""));
                }
            }
        }
        return tables;
    }

    /** The sample ids as this database sorts them with the store's id order. */
    private static List<String> sortedByStore(Connection connection) throws SQLException {
        List<String> sorted = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT id FROM unnest(?) AS t(id) ORDER BY id COLLATE ucs_basic")) {
            statement.setArray(1, connection.createArrayOf("text", SAMPLE_IDS.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    sorted.add(rows.getString(1));
                }
            }
        }
        return sorted;
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? String.valueOf(rows.getString(1)) : "";
        }
    }
}
