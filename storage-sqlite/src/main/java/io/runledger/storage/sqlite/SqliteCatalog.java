package io.runledger.storage.sqlite;

import io.runledger.storage.sql.jdbc.JdbcRows;
import io.runledger.storage.sql.migration.MigrationSet;
import io.runledger.storage.sql.migration.SchemaHistory;
import io.runledger.storage.sql.schema.ExpectedSchema;
import io.runledger.storage.sql.schema.SchemaCatalog;
import io.runledger.storage.sql.schema.SchemaObject;
import io.runledger.storage.sql.schema.SchemaObject.Kind;
import io.runledger.storage.sql.schema.SqlText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sqlite.SQLiteDataSource;

/**
 * A SQLite file's schema as its catalog shows it: the tables of {@code sqlite_master} (SQLite's own and
 * Flyway's history left out), and per table the pragmas {@code table_info} (columns, primary key),
 * {@code foreign_key_list}, {@code index_list} and {@code index_xinfo}. SQLite keeps CHECK constraints
 * only in the table's {@code CREATE TABLE} text, so they are read from there ({@link SqliteCheckClauses}).
 */
final class SqliteCatalog {
    private SqliteCatalog() {
    }

    /** The catalog of the database behind {@code connection}. */
    static SchemaCatalog read(Connection connection) throws SQLException {
        List<SchemaObject> objects = new ArrayList<>();
        for (Map.Entry<String, String> table : tables(connection).entrySet()) {
            String name = table.getKey();
            objects.add(SchemaObject.table(name));
            columns(connection, name, objects);
            foreignKeys(connection, name, objects);
            indexes(connection, name, objects);
            SqliteCheckClauses.of(table.getValue())
                    .forEach(clause -> objects.add(SchemaObject.constraint(Kind.CHECK, name, clause)));
        }
        return SchemaCatalog.of(objects);
    }

    /** The catalog a store at {@code version} should have: the migrations up to it, run on an in-memory database. */
    static SchemaCatalog expected(MigrationSet migrations, int version) throws SQLException {
        SQLiteDataSource memory = new SQLiteDataSource();
        memory.setUrl("jdbc:sqlite::memory:");
        try (Connection scratch = memory.getConnection()) {
            ExpectedSchema.build(scratch, migrations, version);
            return read(scratch);
        }
    }

    /** Table name to its {@code CREATE TABLE} text. */
    private static Map<String, String> tables(Connection connection) throws SQLException {
        Map<String, String> tables = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT name, sql FROM sqlite_master"
                + " WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name <> ? ORDER BY name")) {
            statement.setString(1, SchemaHistory.TABLE);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    tables.put(rows.getString(1), String.valueOf(rows.getString(2)));
                }
            }
        }
        return tables;
    }

    private static void columns(Connection connection, String table, List<SchemaObject> objects) throws SQLException {
        Map<Integer, String> key = new TreeMap<>();
        pragma(connection, "SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?)", table, row -> {
            String column = row.getString(1);
            String defaultValue = row.getString(4);
            objects.add(SchemaObject.column(table, column, SqlText.type(row.getString(2))
                    + (row.getInt(3) != 0 ? " NOT NULL" : "")
                    + (defaultValue == null ? "" : " DEFAULT " + SqlText.normalized(defaultValue))));
            if (row.getInt(5) > 0) {
                key.put(row.getInt(5), column);
            }
        });
        if (!key.isEmpty()) {
            objects.add(SchemaObject.primaryKey(table, "(" + String.join(", ", key.values()) + ")"));
        }
    }

    private static void foreignKeys(Connection connection, String table, List<SchemaObject> objects) throws SQLException {
        Map<Integer, String[]> keys = new LinkedHashMap<>();
        pragma(connection, "SELECT id, \"table\", \"from\", \"to\", on_update, on_delete"
                + " FROM pragma_foreign_key_list(?) ORDER BY id, seq", table, row -> {
            String[] key = keys.computeIfAbsent(row.getInt(1), id -> new String[] {"", "", "", ""});
            key[0] = key[0].isEmpty() ? row.getString(3) : key[0] + ", " + row.getString(3);
            key[1] = row.getString(2);
            key[2] = key[2].isEmpty() ? String.valueOf(row.getString(4)) : key[2] + ", " + row.getString(4);
            key[3] = " ON UPDATE " + row.getString(5) + " ON DELETE " + row.getString(6);
        });
        keys.values().forEach(key -> objects.add(SchemaObject.constraint(Kind.FOREIGN_KEY, table,
                "(" + key[0] + ") REFERENCES " + key[1] + " (" + key[2] + ")" + key[3])));
    }

    /** Indexes made by CREATE INDEX; UNIQUE constraints as such; the primary key's own index is the key. */
    private static void indexes(Connection connection, String table, List<SchemaObject> objects) throws SQLException {
        pragma(connection, "SELECT name, \"unique\", origin, partial FROM pragma_index_list(?)", table, row -> {
            String index = row.getString(1);
            String origin = row.getString(3);
            String columns = "(" + indexColumns(connection, index) + ")";
            if (origin.equals("u")) {
                objects.add(SchemaObject.constraint(Kind.UNIQUE, table, columns));
            } else if (origin.equals("c")) {
                objects.add(SchemaObject.index(table, index, (row.getInt(2) != 0 ? "UNIQUE " : "") + columns
                        + (row.getInt(4) != 0 ? " (partial)" : "")));
            }
        });
    }

    private static String indexColumns(Connection connection, String index) throws SQLException {
        List<String> columns = new ArrayList<>();
        pragma(connection, "SELECT name, \"desc\" FROM pragma_index_xinfo(?) WHERE key = 1 ORDER BY seqno", index,
                row -> columns.add((row.getString(1) == null ? "<expression>" : row.getString(1))
                        + (row.getInt(2) != 0 ? " DESC" : "")));
        return String.join(", ", columns);
    }

    /** Runs a pragma function query with its one argument, handing each row to {@code each}. */
    private static void pragma(Connection connection, String sql, String argument, JdbcRows.Reader each) throws SQLException {
        JdbcRows.each(connection, sql, statement -> statement.setString(1, argument), each);
    }
}
