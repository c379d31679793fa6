package io.runledger.storage.sql;

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
     * The highest successfully applied version, or empty when the history table does not exist
     * (the store has never been migrated).
     */
    public static OptionalInt version(Connection connection) throws SQLException {
        if (!tableExists(connection)) {
            return OptionalInt.empty();
        }
        int highest = 0;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT version FROM " + TABLE + " WHERE success = " + trueLiteral(connection) + " AND version IS NOT NULL")) {
            while (rows.next()) {
                highest = Math.max(highest, major(rows.getString(1)));
            }
        }
        return OptionalInt.of(highest);
    }

    private static boolean tableExists(Connection connection) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        for (String name : new String[] {TABLE, TABLE.toUpperCase(Locale.ROOT)}) {
            try (ResultSet tables = metaData.getTables(null, null, name, new String[] {"TABLE"})) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
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
