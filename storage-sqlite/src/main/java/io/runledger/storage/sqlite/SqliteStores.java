package io.runledger.storage.sqlite;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.runledger.storage.api.Store;
import io.runledger.storage.sql.LazySessionFactory;
import io.runledger.storage.sql.SqlStore;
import io.runledger.storage.sql.errors.SqlErrorTranslator;
import io.runledger.storage.sql.jdbc.BulkContent;
import io.runledger.storage.sql.jdbc.IndexDeferringContent;
import io.runledger.storage.sql.migration.MigrationSet;
import io.runledger.storage.sql.migration.SchemaHistory;
import io.runledger.storage.sql.migration.SchemaWindow;
import io.runledger.storage.sql.ports.SqlSessions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.hibernate.community.dialect.SQLiteDialect;

/**
 * Opens a SQLite store: one writer connection (SQLite allows one writer; a pool of one makes
 * threads of this process queue in Java, not in busy-wait loops), a few read-only connections for
 * concurrent readers, and one Hibernate session factory over the writer, built when first used.
 */
final class SqliteStores {
    /**
     * The first statement of every write transaction. Any write statement makes SQLite take the write
     * lock (waiting up to busy_timeout), even one that matches no row: this is BEGIN IMMEDIATE without
     * sqlite-jdbc's failure modes (see {@link SqliteDataSources#writer}).
     */
    static final String CLAIM_WRITE_LOCK = "UPDATE meta SET value = value WHERE 1 = 0";

    private static final int READERS = 4;

    private SqliteStores() {
    }

    static Store open(SqliteFile file, SqliteOptions options, MigrationSet migrations) {
        new SqliteAdmin(file, options, migrations).status().requireAtHead();
        SqliteDriver.requireLoaded();
        SqlErrorTranslator errors = new SqlErrorTranslator(SqliteStorageProvider.ID, new SqliteErrors(file));
        List<AutoCloseable> resources = new ArrayList<>();
        try {
            HikariDataSource writer = pool("writer", SqliteDataSources.writer(file, options), 1, false, options);
            resources.add(writer);
            HikariDataSource readers = pool("reader", SqliteDataSources.reader(file, options), READERS, true, options);
            resources.add(0, readers);
            LazySessionFactory sessionFactory = new LazySessionFactory(writer, () -> SQLiteDialect.class);
            resources.add(0, sessionFactory);
            return new SqlStore(new SqlSessions(sessionFactory, writer, readers, errors, Optional.of(CLAIM_WRITE_LOCK),
                    window(file, migrations)), new IndexDeferringContent(BulkContent.jdbc(SqliteDriver.COLUMNS), new SqliteIndexes()), resources);
        } catch (RuntimeException e) {
            SqlStore.closeAll(resources);
            throw errors.translate("open the sqlite store at " + file, e);
        }
    }

    /**
     * The write check of this store: the claimed write lock already serialises it with every migration
     * transaction, so its reads need no lock of their own.
     */
    private static SchemaWindow window(SqliteFile file, MigrationSet migrations) {
        return new SchemaWindow(SchemaHistory.TABLE, "meta", Optional.empty(), (version, floor) -> migrations.status(
                SqliteStorageProvider.ID, SqliteStorageProvider.PERSISTENCE_MODE, file.toString(), true, version, floor));
    }

    private static HikariDataSource pool(String role, DataSource connections, int size, boolean readOnly,
                                         SqliteOptions options) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("runledger-sqlite-" + role);
        config.setDataSource(connections);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(1);
        // Must match how sqlite-jdbc opened the connection: it cannot switch the flag afterwards.
        config.setReadOnly(readOnly);
        config.setExceptionOverride(new SqliteConnectionReset());
        // A thread waiting for the writer may wait behind another thread's whole transaction.
        config.setConnectionTimeout(Math.max(30_000L, 2L * options.busyTimeoutMs()));
        return new HikariDataSource(config);
    }
}
