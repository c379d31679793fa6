package io.runledger.storage.postgres;

import com.zaxxer.hikari.HikariDataSource;
import io.runledger.storage.api.Store;
import io.runledger.storage.sql.SessionFactories;
import io.runledger.storage.sql.SqlErrorTranslator;
import io.runledger.storage.sql.SqlSessions;
import io.runledger.storage.sql.SqlStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.SessionFactory;
import org.hibernate.dialect.PostgreSQLDialect;

/**
 * Opens a PostgreSQL store: a bounded writer pool and a bounded read-only reader pool (each at most
 * {@code pool_size} connections), and one Hibernate session factory over the writers. Several
 * processes may open one store at once: the database serializes their writes row by row.
 */
final class PostgresStores {
    private PostgresStores() {
    }

    static Store open(PostgresLocation location, PostgresOptions options) {
        new PostgresAdmin(location, options).status().requireAtHead();
        SqlErrorTranslator errors = new SqlErrorTranslator(PostgresStorageProvider.ID, new PostgresErrors());
        List<AutoCloseable> resources = new ArrayList<>();
        try {
            HikariDataSource writers = PostgresConnections.writers(location, options);
            resources.add(writers);
            HikariDataSource readers = PostgresConnections.readers(location, options);
            resources.add(0, readers);
            SessionFactory sessionFactory = SessionFactories.build(writers, PostgreSQLDialect.class);
            resources.add(0, sessionFactory);
            return new SqlStore(new SqlSessions(sessionFactory, readers, errors, Optional.empty(), new CodePointOrder()),
                    resources);
        } catch (RuntimeException e) {
            SqlStore.closeAll(resources);
            throw errors.translate("open the postgres store at " + location.described(), e);
        }
    }
}
