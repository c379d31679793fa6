package io.runledger.storage.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Connections to the server: unpooled ones for administration (status, checks, migrations: one
 * short task each) and bounded Hikari pools for an open store.
 */
final class PostgresConnections {
    private static final String APPLICATION_NAME = "runledger";

    private PostgresConnections() {
    }

    /** A new connection per request, with the bounded connect timeout. */
    static PGSimpleDataSource unpooled(PostgresLocation location, PostgresOptions options) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(location.url());
        dataSource.setConnectTimeout(options.connectTimeoutSeconds());
        dataSource.setLoginTimeout(options.connectTimeoutSeconds());
        dataSource.setApplicationName(APPLICATION_NAME);
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

    private static HikariDataSource pool(String role, PostgresLocation location, PostgresOptions options,
                                         boolean readOnly, int isolation) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("runledger-postgres-" + role);
        config.setDataSource(unpooled(location, options));
        config.setMaximumPoolSize(options.poolSize());
        config.setMinimumIdle(1);
        config.setReadOnly(readOnly);
        config.setTransactionIsolation(isolationName(isolation));
        // A caller waits at most this long for a free connection (or a new one to the server).
        config.setConnectionTimeout(Math.max(30_000L, 2 * options.connectTimeoutMs()));
        return new HikariDataSource(config);
    }

    private static String isolationName(int isolation) {
        return isolation == Connection.TRANSACTION_REPEATABLE_READ ? "TRANSACTION_REPEATABLE_READ" : "TRANSACTION_READ_COMMITTED";
    }
}
