package io.runledger.storage.sql.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Reads a store's schema version straight from Flyway's history table with plain JDBC, so that
 * status checks cost neither Flyway nor Hibernate start-up.
 */
public final class SchemaHistory {
    /** Flyway's default history table. */
    public static final String TABLE = "flyway_schema_history";

    private SchemaHistory() {
    }

    /**
     * The highest successfully applied version, or empty when the store has never been migrated: no
     * history table, or one without a successful row (a first migration interrupted after Flyway
     * created its table).
     */
    public static OptionalInt version(Connection connection) throws SQLException {
        if (!tableExists(connection, null)) {
            return OptionalInt.empty();
        }
        return applied(highest(connection, TABLE));
    }

    /**
     * As {@link #version(Connection)}, for the history table in {@code schema} only (a server database
     * may hold several stores, one per schema, and other schemas' tables must not count).
     */
    public static OptionalInt version(Connection connection, String schema) throws SQLException {
        if (!tableExists(connection, schema)) {
            return OptionalInt.empty();
        }
        return applied(highest(connection, "\"" + schema.replace("\"", "\"\"") + "\"." + TABLE));
    }

    private static OptionalInt applied(int highest) {
        return highest == 0 ? OptionalInt.empty() : OptionalInt.of(highest);
    }

    /** The highest successfully applied version in the history table {@code table}, 0 if none. */
    static int highest(Connection connection, String table) throws SQLException {
        int highest = 0;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT version FROM " + table + " WHERE success = " + trueLiteral(connection) + " AND version IS NOT NULL")) {
            while (rows.next()) {
                highest = Math.max(highest, major(rows.getString(1)));
            }
        }
        return highest;
    }

    private static boolean tableExists(Connection connection, String schema) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        // With a schema (server databases), names are escaped LIKE patterns so that '_' matches only itself.
        String escape = schema == null ? "" : metaData.getSearchStringEscape();
        String schemaPattern = schema == null ? null : escaped(schema, escape);
        for (String name : new String[] {TABLE, TABLE.toUpperCase(Locale.ROOT)}) {
            try (ResultSet tables = metaData.getTables(null, schemaPattern, escaped(name, escape), new String[] {"TABLE"})) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String escaped(String name, String escape) {
        return escape == null || escape.isEmpty() ? name
                : name.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
    }

    // Flyway stores success as an integer on SQLite and as a boolean on PostgreSQL.
    private static String trueLiteral(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        return product.contains("sqlite") ? "1" : "TRUE";
    }

    private static int major(String version) {
        int dot = version.indexOf('.');
        return Integer.parseInt(dot < 0 ? version : version.substring(0, dot));
    }
}
