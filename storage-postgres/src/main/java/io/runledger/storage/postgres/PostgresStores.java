package io.runledger.storage.postgres;

import com.zaxxer.hikari.HikariDataSource;
import io.runledger.storage.api.Store;
import io.runledger.storage.sql.LazySessionFactory;
import io.runledger.storage.sql.SqlStore;
import io.runledger.storage.sql.errors.SqlErrorTranslator;
import io.runledger.storage.sql.jdbc.IdOrder;
import io.runledger.storage.sql.jdbc.IndexDeferringContent;
import io.runledger.storage.sql.migration.MigrationSet;
import io.runledger.storage.sql.migration.SchemaHistory;
import io.runledger.storage.sql.migration.SchemaWindow;
import io.runledger.storage.sql.ports.SqlSessions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.dialect.PostgreSQLDialect;

/**
 * Opens a PostgreSQL store: a bounded writer pool and a bounded read-only reader pool (each at most
 * {@code pool_size} connections), and one Hibernate session factory over the writers, built when
 * first used; ids are ordered as {@link IdCollation} finds fit for this store's columns. Several
 * processes may open one store at once: the database serializes their writes row by row.
 */
final class PostgresStores {
    /**
     * Taken first by an import: every table a write touches, in EXCLUSIVE mode, which every INSERT,
     * UPDATE and DELETE (ROW EXCLUSIVE) and a second import wait for, while plain reads go on. The
     * transaction holds it until it ends (or its connection drops); the wait for it is bounded by
     * {@code lock_timeout_ms}, after which the import is {@code store_locked}. A table lock rather
     * than an advisory lock: writers need not ask for it, so no write path can forget to. The audit
     * chain's head comes first, as in an append (which claims its row before it touches audit_log),
     * so that the two never wait for each other in opposite orders.
     */
    static List<String> claimContents(PostgresOptions options) {
        return List.of("SET LOCAL lock_timeout = " + Math.min(options.lockTimeoutMs(), Integer.MAX_VALUE),
                "LOCK TABLE audit_chain_head, runs, run_steps, run_labels, audit_log IN EXCLUSIVE MODE");
    }

    private PostgresStores() {
    }

    static Store open(PostgresLocation location, PostgresOptions options, MigrationSet migrations) {
        try (PostgresAdmin admin = new PostgresAdmin(location, options, migrations)) {
            admin.status().requireAtHead();
        }
        SqlErrorTranslator errors = new SqlErrorTranslator(PostgresStorageProvider.ID, new PostgresErrors());
        List<AutoCloseable> resources = new ArrayList<>();
        try {
            HikariDataSource writers = PostgresConnections.writers(location, options);
            resources.add(writers);
            HikariDataSource readers = PostgresConnections.readers(location, options);
            resources.add(0, readers);
            IdOrder idOrder;
            try (Connection connection = readers.getConnection()) {
                idOrder = IdCollation.of(connection, location);
            }
            LazySessionFactory sessionFactory = new LazySessionFactory(writers, () -> PostgreSQLDialect.class);
            resources.add(0, sessionFactory);
            return new SqlStore(new SqlSessions(sessionFactory, writers, readers, errors, Optional.empty(),
                    window(location, migrations), idOrder, claimContents(options), new UnnestedAuditInserts()),
                    new IndexDeferringContent(new CopyContent(), new PostgresIndexes()), resources);
        } catch (SQLException | RuntimeException e) {
            SqlStore.closeAll(resources);
            throw errors.translate("open the postgres store at " + location.described(), e);
        }
    }

    /**
     * The write check of this store. A share lock on meta's schema_version row serialises it with a
     * migration: the migrator's update of that row waits for writes in flight, and writes that start
     * after it see the new version and floor.
     */
    private static SchemaWindow window(PostgresLocation location, MigrationSet migrations) {
        String schema = location.quotedSchema();
        return new SchemaWindow(schema + "." + SchemaHistory.TABLE, schema + ".meta", Optional.of("FOR SHARE"),
                (version, floor) -> migrations.status(PostgresStorageProvider.ID, PostgresStorageProvider.PERSISTENCE_MODE,
                        location.toString(), true, version, floor));
    }
}
