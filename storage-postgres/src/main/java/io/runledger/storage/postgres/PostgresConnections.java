package io.runledger.storage.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Connections to the server: unpooled ones for administration (status, checks, migrations: one
 * short task each) and bounded Hikari pools for an open store. Every connection has the bounded
 * connect timeout and TCP keepalive (when {@code tcp_keepalive} is on: the driver's sockets, and the
 * server's probes of the client, so that a server drops a session whose client vanished). Beyond
 * that, two kinds of session (docs/POSTGRES.md, "A silent partition"):
 * <ul>
 *   <li>{@link #sessions}: the store's pools and status reads, which do short work. The client waits
 *       at most {@code socket_timeout_ms} for each answer and the server runs a statement at most
 *       {@code statement_timeout_ms}, so a partition costs a bounded wait, then {@code postgres_unavailable}.</li>
 *   <li>{@link #migrations}: migrations, vacuum and the other long work under the migration lock, where a
 *       statement may rightly run for minutes: no socket or statement timeout, but the server ends a
 *       session left idle inside a transaction for {@code lock_lease_ms}, which frees whatever its
 *       transaction locked (Flyway's lock included); {@link AdvisoryLock} bounds its own session.</li>
 * </ul>
 */
final class PostgresConnections {
    private static final String APPLICATION_NAME = "runledger";
    /** The server's keepalive probes: after 10 s of silence, every 5 s, 3 unanswered ones end the session. */
    private static final String SERVER_KEEPALIVE = "-c tcp_keepalives_idle=10 -c tcp_keepalives_interval=5"
            + " -c tcp_keepalives_count=3";
    /**
     * A store's sessions plan every execution of a prepared statement for its parameters. A store
     * starts empty and grows, and the plan the server would otherwise keep after a few executions
     * (the generic one) was chosen while the tables were small: a sequential scan, kept as they grew.
     * An append's look-up of its event ids and the chain's reads in {@code seq} order then read the
     * whole table every time (appends into a fresh store fell from 1,650 to 650 a second in 30 s);
     * planning each execution costs some microseconds.
     */
    private static final String CUSTOM_PLANS = "-c plan_cache_mode=force_custom_plan";

    private PostgresConnections() {
    }

    /**
     * Lifts the session's statement timeout ({@code statement_timeout_ms}) for the rest of the caller's
     * transaction: for the bulk moves' statements, which stay open as long as the other side delivers
     * rows or an index over a large table takes to build. The socket timeout still bounds every wait
     * for the server.
     */
    static void liftStatementTimeout(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCAL statement_timeout = 0");
        }
    }

    /** A new connection per request for short work: bounded connect, answer and statement times. */
    static PGSimpleDataSource sessions(PostgresLocation location, PostgresOptions options) {
        PGSimpleDataSource dataSource = base(location, options);
        dataSource.setSocketTimeout(options.socketTimeoutSeconds());
        if (options.statementTimeoutMs() > 0) {
            addServerOptions(dataSource, "-c statement_timeout=" + options.statementTimeoutMs());
        }
        return dataSource;
    }

    /** A new connection per request for long work under the migration lock; see the class comment. */
    static PGSimpleDataSource migrations(PostgresLocation location, PostgresOptions options) {
        PGSimpleDataSource dataSource = base(location, options);
        addServerOptions(dataSource, "-c idle_in_transaction_session_timeout=" + options.lockLeaseMs());
        return dataSource;
    }

    /**
     * The pool writes go through: READ COMMITTED, whatever the server's default, so that a
     * compare-and-set update waits for a concurrent one and then re-reads the row instead of failing.
     */
    static HikariDataSource writers(PostgresLocation location, PostgresOptions options) {
        return pool("writer", location, options, false, Connection.TRANSACTION_READ_COMMITTED);
    }

    /**
     * The pool reads go through: read-only REPEATABLE READ, so that every query of one read
     * transaction (an export's three passes) sees one snapshot.
     */
    static HikariDataSource readers(PostgresLocation location, PostgresOptions options) {
        return pool("reader", location, options, true, Connection.TRANSACTION_REPEATABLE_READ);
    }

    private static PGSimpleDataSource base(PostgresLocation location, PostgresOptions options) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(location.url());
        dataSource.setConnectTimeout(options.connectTimeoutSeconds());
        dataSource.setLoginTimeout(options.connectTimeoutSeconds());
        dataSource.setApplicationName(APPLICATION_NAME);
        dataSource.setTcpKeepAlive(options.tcpKeepAlive());
        if (options.tcpKeepAlive()) {
            addServerOptions(dataSource, SERVER_KEEPALIVE);
        }
        return dataSource;
    }

    /** Appends to the URL's own {@code options}, so that a user's server settings stay. */
    private static void addServerOptions(PGSimpleDataSource dataSource, String settings) {
        String given = dataSource.getOptions();
        dataSource.setOptions(given == null || given.isBlank() ? settings : given + " " + settings);
    }

    private static HikariDataSource pool(String role, PostgresLocation location, PostgresOptions options,
                                         boolean readOnly, int isolation) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("runledger-postgres-" + role);
        PGSimpleDataSource sessions = sessions(location, options);
        addServerOptions(sessions, CUSTOM_PLANS);
        config.setDataSource(sessions);
        config.setMaximumPoolSize(options.poolSize());
        config.setMinimumIdle(1);
        config.setReadOnly(readOnly);
        config.setTransactionIsolation(isolationName(isolation));
        // A caller waits at most this long for a free connection (or a new one to the server), and a
        // kept connection that does not answer its liveness check in time (Hikari's 5 s, or the socket
        // timeout if shorter) is replaced.
        config.setConnectionTimeout(options.poolWaitMs());
        config.setValidationTimeout(Math.min(5_000, Math.min(options.socketTimeoutMs(), options.poolWaitMs() - 250)));
        return new HikariDataSource(config);
    }

    private static String isolationName(int isolation) {
        return isolation == Connection.TRANSACTION_REPEATABLE_READ ? "TRANSACTION_REPEATABLE_READ" : "TRANSACTION_READ_COMMITTED";
    }
}
