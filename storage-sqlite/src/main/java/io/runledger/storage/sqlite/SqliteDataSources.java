package io.runledger.storage.sqlite;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The per-connection settings, applied by sqlite-jdbc on every connection it opens (never in a
 * migration): foreign keys on, WAL, synchronous NORMAL (or FULL, option {@code synchronous}), a bounded
 * busy timeout.
 */
final class SqliteDataSources {
    private SqliteDataSources() {
    }

    /**
     * Writers (the store's single writer connection, Flyway, vacuum). Transactions begin DEFERRED:
     * sqlite-jdbc's {@code BEGIN IMMEDIATE} mode is not used because a busy {@code BEGIN} leaves its
     * connection in a broken state and it re-issues {@code BEGIN} right after every commit, where a
     * busy failure would make a committed write look failed. The store claims the write lock with its
     * first statement instead (see {@link SqliteStores#CLAIM_WRITE_LOCK}).
     */
    static SQLiteDataSource writer(SqliteFile file, SqliteOptions options) {
        SQLiteConfig config = common(options);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setTransactionMode(SQLiteConfig.TransactionMode.DEFERRED);
        return dataSource(file, config);
    }

    /**
     * Read-only connections: they cannot create the file or change it. The journal mode is not set
     * here, since WAL is a property of the file that the writer already set.
     */
    static SQLiteDataSource reader(SqliteFile file, SqliteOptions options) {
        SQLiteConfig config = common(options);
        config.setReadOnly(true);
        return dataSource(file, config);
    }

    private static SQLiteConfig common(SqliteOptions options) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setSynchronous(options.synchronous());
        config.setBusyTimeout(options.busyTimeoutMs());
        return config;
    }

    private static SQLiteDataSource dataSource(SqliteFile file, SQLiteConfig config) {
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl(file.jdbcUrl());
        return dataSource;
    }
}
