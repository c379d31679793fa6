package io.runledger.cli;

import io.runledger.testing.postgres.TestServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Fresh, empty databases on the test JVM's one PostgreSQL server (postgres-harness), dropped on
 * close, and a look at them from outside Runledger: what tables exist and every row they hold.
 */
final class PostgresDatabases implements AutoCloseable {
    private final TestServer server = TestServer.get();
    private final List<String> made = new ArrayList<>();

    /** A new, empty database; returns its name. */
    String fresh() {
        String database = server.createDatabase();
        made.add(database);
        return database;
    }

    /** A new copy of the {@link #template} database {@code template}; returns its name. */
    String copyOf(String template) {
        String database = server.createDatabaseFrom(template);
        made.add(database);
        return database;
    }

    /** The template database for {@code purpose}, made once per JVM by {@code prepare} given its JDBC URL. */
    String template(String purpose, Consumer<String> prepare) {
        return server.template(purpose, name -> prepare.accept(url(name)));
    }

    /** The JDBC URL (with credentials) of {@code database}, as {@code --state} takes it. */
    String url(String database) {
        return server.url(database);
    }

    /** The database a JDBC URL of this server names. */
    String nameOf(String url) {
        String afterServer = url.substring(server.serverPrefix().length());
        int query = afterServer.indexOf('?');
        return query < 0 ? afterServer : afterServer.substring(0, query);
    }

    /** A new, empty database's JDBC URL. */
    String freshUrl() {
        return url(fresh());
    }

    /** Runs one statement in {@code database}, as a test-only shortcut from outside Runledger. */
    void execute(String database, String sql) throws SQLException {
        try (Connection connection = server.connect(database); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The tables in the public schema, sorted. */
    List<String> tables(String database) throws SQLException {
        try (Connection connection = server.connect(database)) {
            return tables(connection);
        }
    }

    /**
     * Every table with every row (as text, in a stable order): equal snapshots mean nothing was written.
     * One connection for all of it: opening one costs more than reading a small table.
     */
    List<String> snapshot(String database) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = server.connect(database)) {
            for (String table : tables(connection)) {
                rows.add("table " + table);
                rows.addAll(column(connection, "SELECT t::text FROM " + table + " t ORDER BY 1"));
            }
        }
        return rows;
    }

    /** The first column of every row {@code sql} selects in {@code database}, as text. */
    List<String> column(String database, String sql) throws SQLException {
        try (Connection connection = server.connect(database)) {
            return column(connection, sql);
        }
    }

    private static List<String> tables(Connection connection) throws SQLException {
        return column(connection, "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");
    }

    private static List<String> column(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    @Override
    public void close() {
        made.forEach(server::dropDatabase);
        made.clear();
    }
}
