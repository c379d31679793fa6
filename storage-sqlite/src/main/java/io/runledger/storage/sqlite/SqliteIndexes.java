package io.runledger.storage.sqlite;

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
 * SQLite's {@link IndexDeferral}: the tables' explicitly created, non-unique indexes, dropped, and
 * created again with the statement text SQLite keeps for each ({@code sqlite_master.sql}), so the
 * schema after the load reads exactly as before. Foreign keys are part of a table's definition in
 * SQLite and stay; their check is one primary-key look-up per row.
 */
final class SqliteIndexes implements IndexDeferral {
    @Override
    public List<String> drop(Connection connection, List<String> tables) throws SQLException {
        List<String> names = new ArrayList<>();
        List<String> restore = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT name, sql FROM sqlite_master"
                + " WHERE type = 'index' AND sql IS NOT NULL AND upper(sql) NOT LIKE 'CREATE UNIQUE%' AND tbl_name IN ("
                + String.join(", ", Collections.nCopies(tables.size(), "?")) + ") ORDER BY name")) {
            for (int i = 0; i < tables.size(); i++) {
                statement.setString(i + 1, tables.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                    restore.add(rows.getString(2));
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (String name : names) {
                statement.execute("DROP INDEX \"" + name.replace("\"", "\"\"") + "\"");
            }
        }
        return restore;
    }
}
