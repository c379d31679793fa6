package io.runledger.storage.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a store's schema held at one moment — whether the schema existed, and its relations (tables,
 * views, sequences) by name — taken before a migration creates a store, so that a command which then
 * fails can remove exactly what appeared since ({@link #removeWhatAppeared}) and nothing that was there.
 */
record SchemaInventory(boolean schemaExisted, Map<String, Character> relations) {
    /** The tables whose rows are the store's content: a store holding any of them is never removed. */
    private static final List<String> CONTENT_TABLES = List.of("runs", "run_steps", "audit_log");

    SchemaInventory {
        relations = Map.copyOf(relations);
    }

    static SchemaInventory take(Connection connection, String schema) throws SQLException {
        return new SchemaInventory(schemaExists(connection, schema), relations(connection, schema));
    }

    /**
     * Drops, in one transaction, the relations of {@code location}'s schema that were not there when
     * this inventory was taken, and the schema itself if it did not exist then and nothing else is in
     * it now — unless a content table among them holds a row (then nothing is dropped). Waits at most
     * {@code lockTimeoutMs} for the tables' locks. Returns whether anything was dropped.
     */
    boolean removeWhatAppeared(Connection connection, PostgresLocation location, long lockTimeoutMs) throws SQLException {
        String schema = location.schema();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCAL lock_timeout = " + lockTimeoutMs);
            Map<String, Character> appeared = new TreeMap<>(relations(connection, schema));
            appeared.keySet().removeAll(relations.keySet());
            boolean dropSchema = !schemaExisted && schemaExists(connection, schema);
            if (appeared.isEmpty() && !dropSchema) {
                connection.rollback();
                return false;
            }
            String tables = names(location, appeared, 'r');
            if (!tables.isEmpty()) {
                statement.execute("LOCK TABLE " + tables + " IN ACCESS EXCLUSIVE MODE");
                if (holdsContent(statement, location, appeared)) {
                    connection.rollback();
                    return false;
                }
            }
            drop(statement, "VIEW", names(location, appeared, 'v'));
            drop(statement, "TABLE", tables);
            drop(statement, "SEQUENCE IF EXISTS", names(location, appeared, 'S'));
            if (dropSchema) {
                Savepoint beforeSchema = connection.setSavepoint();
                try {
                    statement.execute("DROP SCHEMA " + location.quotedSchema());
                } catch (SQLException stillUsed) {
                    // something else was put into the schema meanwhile: the schema stays with it
                    connection.rollback(beforeSchema);
                }
            }
            connection.commit();
            return true;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    private static boolean holdsContent(Statement statement, PostgresLocation location, Map<String, Character> appeared)
            throws SQLException {
        for (String table : CONTENT_TABLES) {
            if (appeared.containsKey(table)) {
                try (ResultSet row = statement.executeQuery("SELECT EXISTS (SELECT 1 FROM " + location.quotedSchema() + "."
                        + quote(table) + ")")) {
                    if (row.next() && row.getBoolean(1)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static void drop(Statement statement, String kind, String names) throws SQLException {
        if (!names.isEmpty()) {
            statement.execute("DROP " + kind + " " + names);
        }
    }

    /** The appeared relations of one kind ('r' table, 'v' view, 'S' sequence), quoted and comma-separated. */
    private static String names(PostgresLocation location, Map<String, Character> appeared, char kind) {
        StringBuilder out = new StringBuilder();
        appeared.forEach((name, relkind) -> {
            if (relkind == kind) {
                out.append(out.length() == 0 ? "" : ", ").append(location.quotedSchema()).append('.').append(quote(name));
            }
        });
        return out.toString();
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static boolean schemaExists(Connection connection, String schema) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT 1 FROM pg_namespace WHERE nspname = ?")) {
            statement.setString(1, schema);
            try (ResultSet row = statement.executeQuery()) {
                return row.next();
            }
        }
    }

    /** Tables (partitioned ones count as tables), views and sequences in {@code schema}. */
    private static Map<String, Character> relations(Connection connection, String schema) throws SQLException {
        Map<String, Character> found = new TreeMap<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT c.relname,"
                + " CASE WHEN c.relkind = 'p' THEN 'r' ELSE c.relkind END"
                + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = ? AND c.relkind IN ('r', 'p', 'v', 'S')")) {
            statement.setString(1, schema);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.put(rows.getString(1), rows.getString(2).charAt(0));
                }
            }
        }
        return found;
    }
}
