package io.runledger.storage.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes the {@code meta} rows after a migration: {@code schema_version}, {@code app_version} (the
 * binary that last migrated) and {@code created_at}, which keeps the time the store was first created.
 */
public final class MetaRows {
    private static final DateTimeFormatter MICROS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private MetaRows() {
    }

    /** Writes the rows in one transaction on {@code connection}. */
    public static void write(Connection connection, int schemaVersion, String appVersion, Instant now)
            throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            put(connection, "schema_version", Integer.toString(schemaVersion), true);
            put(connection, "app_version", appVersion, true);
            put(connection, "created_at", MICROS.format(now), false);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static void put(Connection connection, String name, String value, boolean replace) throws SQLException {
        boolean present;
        try (PreparedStatement find = connection.prepareStatement("SELECT 1 FROM meta WHERE name = ?")) {
            find.setString(1, name);
            try (ResultSet rows = find.executeQuery()) {
                present = rows.next();
            }
        }
        if (present && !replace) {
            return;
        }
        String sql = present ? "UPDATE meta SET value = ? WHERE name = ?" : "INSERT INTO meta (value, name) VALUES (?, ?)";
        try (PreparedStatement write = connection.prepareStatement(sql)) {
            write.setString(1, value);
            write.setString(2, name);
            write.executeUpdate();
        }
    }
}
