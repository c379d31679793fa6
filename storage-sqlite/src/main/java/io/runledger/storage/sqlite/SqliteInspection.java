package io.runledger.storage.sqlite;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Read-only diagnostics over one connection: integrity, foreign keys, pragma values. */
final class SqliteInspection {
    /** integrity_check stops after this many problems, which bounds its output on a badly damaged file. */
    static final int MAX_INTEGRITY_ERRORS = 100;

    private SqliteInspection() {
    }

    /** The problems {@code PRAGMA integrity_check} finds; empty when the file is sound. */
    static List<String> integrityProblems(Connection connection) throws SQLException {
        List<String> rows = rows(connection, "PRAGMA integrity_check(" + MAX_INTEGRITY_ERRORS + ")", 1);
        return rows.equals(List.of("ok")) ? List.of() : rows;
    }

    /** Rows that break a foreign key, as {@code table rowid -> parent}; empty when there are none. */
    static List<String> foreignKeyProblems(Connection connection) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA foreign_key_check")) {
            while (rows.next()) {
                problems.add(rows.getString(1) + " row " + rows.getLong(2) + " -> " + rows.getString(3));
            }
        }
        return problems;
    }

    /** The file's tables and views (SQLite's own {@code sqlite_*} tables left out), by name. */
    static List<String> relations(Connection connection) throws SQLException {
        return rows(connection, "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"
                + " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name", 1);
    }

    /** Whether any of the store's content tables that exist holds a row (a run, step or audit event). */
    static boolean holdsContent(Connection connection) throws SQLException {
        List<String> relations = relations(connection);
        for (String table : List.of("runs", "run_steps", "audit_log")) {
            if (relations.contains(table) && !rows(connection, "SELECT 1 FROM " + table + " LIMIT 1", 1).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The value of a pragma as this connection sees it. */
    static String pragma(Connection connection, String name) throws SQLException {
        List<String> rows = rows(connection, "PRAGMA " + name, 1);
        return rows.isEmpty() ? "" : rows.get(0);
    }

    private static List<String> rows(Connection connection, String sql, int column) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(column));
            }
        }
        return values;
    }
}
