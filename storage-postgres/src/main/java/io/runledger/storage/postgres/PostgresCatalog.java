package io.runledger.storage.postgres;

import io.runledger.storage.sql.jdbc.JdbcRows;
import io.runledger.storage.sql.migration.MigrationSet;
import io.runledger.storage.sql.migration.SchemaHistory;
import io.runledger.storage.sql.schema.ExpectedSchema;
import io.runledger.storage.sql.schema.SchemaCatalog;
import io.runledger.storage.sql.schema.SchemaObject;
import io.runledger.storage.sql.schema.SchemaObject.Kind;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A store's schema as PostgreSQL's catalog shows it, for one schema: tables ({@code pg_class}), columns
 * with {@code format_type}, nullability and default, constraints ({@code pg_constraint}: primary key,
 * foreign keys, CHECK, UNIQUE, in {@code pg_get_constraintdef}'s words) and the indexes that back no
 * constraint. Flyway's history table is left out. Names come out unqualified because the reads run with
 * the schema as the transaction's search path.
 */
final class PostgresCatalog {
    private static final String TABLES = "c.relkind IN ('r', 'p') AND c.relname <> ?";

    private PostgresCatalog() {
    }

    /**
     * The catalog of {@code schema}; {@code connection} must be in a transaction (autocommit off), whose
     * search path this sets to the schema until the transaction ends.
     */
    static SchemaCatalog read(Connection connection, String schema) throws SQLException {
        try (PreparedStatement path = connection.prepareStatement("SELECT set_config('search_path', quote_ident(?), true)")) {
            path.setString(1, schema);
            path.executeQuery().close();
        }
        List<SchemaObject> objects = new ArrayList<>();
        query(connection, schema, "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = ? AND " + TABLES, row -> objects.add(SchemaObject.table(row.getString(1))));
        query(connection, schema, "SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,"
                + " pg_get_expr(d.adbin, d.adrelid) FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
                + " JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
                + " WHERE n.nspname = ? AND " + TABLES + " AND a.attnum > 0 AND NOT a.attisdropped",
                row -> objects.add(SchemaObject.column(row.getString(1), row.getString(2), row.getString(3)
                        + (row.getBoolean(4) ? " NOT NULL" : "")
                        + (row.getString(5) == null ? "" : " DEFAULT " + row.getString(5)))));
        query(connection, schema, "SELECT c.relname, k.contype, pg_get_constraintdef(k.oid) FROM pg_constraint k"
                + " JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = ? AND " + TABLES + " AND k.contype IN ('p', 'f', 'c', 'u')",
                row -> objects.add(constraint(row.getString(1), row.getString(2), row.getString(3))));
        query(connection, schema, "SELECT t.relname, i.relname, x.indisunique, am.amname,"
                + " (SELECT string_agg(pg_get_indexdef(x.indexrelid, k, true), ', ' ORDER BY k)"
                + " FROM generate_series(1, x.indnatts) k), pg_get_expr(x.indpred, x.indrelid)"
                + " FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid"
                + " JOIN pg_am am ON am.oid = i.relam JOIN pg_namespace n ON n.oid = t.relnamespace"
                + " WHERE n.nspname = ? AND t.relname <> ?"
                + " AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid)",
                row -> objects.add(SchemaObject.index(row.getString(1), row.getString(2), (row.getBoolean(3) ? "UNIQUE " : "")
                        + "USING " + row.getString(4) + " (" + row.getString(5) + ")"
                        + (row.getString(6) == null ? "" : " WHERE " + row.getString(6)))));
        return SchemaCatalog.of(objects);
    }

    /**
     * The catalog a store at {@code version} should have: inside one transaction on {@code connection},
     * the migrations up to it run in a new schema of a random name, which is read and then rolled back
     * with everything in it — nothing is ever committed or seen by another session. Needs the right to
     * create a schema in the database.
     */
    static SchemaCatalog expected(Connection connection, MigrationSet migrations, int version) throws SQLException {
        byte[] random = new byte[6];
        new SecureRandom().nextBytes(random);
        String scratch = "runledger_expected_" + HexFormat.of().formatHex(random);
        connection.setAutoCommit(false);
        try {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA " + scratch);
                statement.execute("SET LOCAL search_path TO " + scratch);
            }
            ExpectedSchema.build(connection, migrations, version);
            return read(connection, scratch);
        } finally {
            connection.rollback();
        }
    }

    private static SchemaObject constraint(String table, String type, String definition) {
        return switch (type) {
            case "p" -> SchemaObject.primaryKey(table, definition);
            case "f" -> SchemaObject.constraint(Kind.FOREIGN_KEY, table, definition);
            case "c" -> SchemaObject.constraint(Kind.CHECK, table, definition);
            default -> SchemaObject.constraint(Kind.UNIQUE, table, definition);
        };
    }

    /** Runs a catalog query whose two parameters are the schema and Flyway's history table (left out). */
    private static void query(Connection connection, String schema, String sql, JdbcRows.Reader each) throws SQLException {
        JdbcRows.each(connection, sql, statement -> {
            statement.setString(1, schema);
            statement.setString(2, SchemaHistory.TABLE);
        }, each);
    }
}
