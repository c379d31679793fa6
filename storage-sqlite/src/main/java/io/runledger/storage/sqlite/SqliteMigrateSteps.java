package io.runledger.storage.sqlite;

import io.runledger.storage.api.Migration;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.StoreStatus;
import io.runledger.storage.sql.errors.SqlErrorTranslator;
import io.runledger.storage.sql.migration.FlywayMigrator;
import io.runledger.storage.sql.migration.MigrateSteps;
import io.runledger.storage.sql.migration.MigrationSet;
import io.runledger.storage.sql.migration.OwnSchema;
import io.runledger.storage.support.LockFile;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * SQLite's part of a migration: the OS file lock beside the database (Flyway takes none on SQLite), a
 * preflight that refuses a foreign or damaged file, and Flyway on the single writer connection.
 */
final class SqliteMigrateSteps implements MigrateSteps {
    private final SqliteFile file;
    private final SqliteOptions options;
    private final MigrationSet migrations;
    private final SqlErrorTranslator errors;
    private final Supplier<StoreStatus> status;
    private final Consumer<StoreStatus> creating;

    /** {@code creating} is told, under the lock, when this migration is about to create the store. */
    SqliteMigrateSteps(SqliteFile file, SqliteOptions options, MigrationSet migrations, SqlErrorTranslator errors,
                       Supplier<StoreStatus> status, Consumer<StoreStatus> creating) {
        this.file = file;
        this.options = options;
        this.migrations = migrations;
        this.errors = errors;
        this.status = status;
        this.creating = creating;
    }

    @Override
    public StoreStatus status() {
        return status.get();
    }

    @Override
    public Held lock() {
        SqliteDriver.requireLoaded();
        file.createParentDirectories();
        return LockFile.acquire(file.lockFile(), options.lockTimeoutMs(), "another process is migrating this store")::close;
    }

    /** A store is created only in a new or empty file ({@link OwnSchema}); an existing file must pass its checks. */
    @Override
    public void preflight(StoreStatus current) {
        if (!current.initialized()) {
            creating.accept(current);
        }
        if (!file.hasContent()) {
            return;
        }
        if (!current.initialized()) {
            requireOwnFile();
        }
        requireIntact();
    }

    @Override
    public List<Migration> applyPending() {
        return new FlywayMigrator(SqliteDataSources.writer(file, options), migrations).migrate();
    }

    @Override
    public Connection metaConnection() throws SQLException {
        return SqliteDataSources.writer(file, options).getConnection();
    }

    private void requireOwnFile() {
        List<String> relations;
        try (Connection connection = SqliteDataSources.reader(file, options).getConnection()) {
            relations = SqliteInspection.relations(connection);
        } catch (SQLException | RuntimeException e) {
            throw errors.translate("read the tables of " + file, e);
        }
        OwnSchema.require(file.toString(), relations,
                "Runledger creates its store only in a new or empty file: choose another --state");
    }

    /**
     * Bounded {@code integrity_check} and {@code foreign_key_check} before anything is applied: a
     * migration must not build on a damaged file. Both run on a read-only connection.
     */
    private void requireIntact() {
        List<String> problems = new ArrayList<>();
        try (Connection connection = SqliteDataSources.reader(file, options).getConnection()) {
            problems.addAll(SqliteInspection.integrityProblems(connection));
            if (problems.isEmpty()) {
                SqliteInspection.foreignKeyProblems(connection).forEach(p -> problems.add("foreign key violation: " + p));
            }
        } catch (SQLException | RuntimeException e) {
            throw errors.translate("check the integrity of " + file + " before migrating", e);
        }
        if (!problems.isEmpty()) {
            throw new StoreException(ReasonCode.INTEGRITY_CHECK_FAILED, "preflight check of " + file + " failed ("
                    + problems.get(0) + (problems.size() > 1 ? " and " + (problems.size() - 1) + " more" : "")
                    + "); nothing was migrated; see `runledger db check`, and restore a backup");
        }
    }
}
