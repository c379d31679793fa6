package io.runledger.storage.sqlite;

import io.runledger.storage.api.Check;
import io.runledger.storage.api.Migration;
import io.runledger.storage.api.MigrationReport;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreAdmin;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.StoreStatus;
import io.runledger.storage.sql.FlywayMigrator;
import io.runledger.storage.sql.MetaRows;
import io.runledger.storage.sql.OwnSchema;
import io.runledger.storage.sql.SchemaHistory;
import io.runledger.storage.sql.MigrationSet;
import io.runledger.storage.sql.SqlErrorTranslator;
import io.runledger.storage.support.LockFile;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Administration of one SQLite file with plain JDBC (status and checks pay for neither Flyway nor
 * Hibernate). Holds no connection between calls. Only {@link #migrate(boolean)} without a dry run
 * creates or changes anything, and only under the migration lock.
 */
final class SqliteAdmin implements StoreAdmin {
    private final SqliteFile file;
    private final SqliteOptions options;
    private final MigrationSet migrations;
    private final SqlErrorTranslator errors;

    SqliteAdmin(SqliteFile file, SqliteOptions options, MigrationSet migrations) {
        this.file = file;
        this.options = options;
        this.migrations = migrations;
        this.errors = new SqlErrorTranslator(SqliteStorageProvider.ID, new SqliteErrors(file));
    }

    @Override
    public StoreStatus status() {
        if (!file.hasContent()) {
            return status(false, 0, OptionalInt.empty());
        }
        SqliteDriver.requireLoaded();
        try (Connection connection = SqliteDataSources.reader(file, options).getConnection()) {
            OptionalInt version = SchemaHistory.version(connection);
            OptionalInt floor = version.isPresent() ? MetaRows.compatibleFloor(connection, "meta", version.getAsInt()) : OptionalInt.empty();
            return status(version.isPresent(), version.orElse(0), floor);
        } catch (SQLException | RuntimeException e) {
            throw errors.translate("read the schema version of " + file, e);
        }
    }

    @Override
    public MigrationReport migrate(boolean dryRun) {
        StoreStatus before = status();
        before.requireNotNewer();
        if (dryRun) {
            return new MigrationReport(before.schemaVersion(), migrations.head(), before.pending(), true);
        }
        SqliteDriver.requireLoaded();
        file.createParentDirectories();
        LockFile lock = LockFile.acquire(file.lockFile(), options.lockTimeoutMs(), "another process is migrating this store");
        try {
            StoreStatus current = status();
            current.requireNotNewer();
            if (current.pending().isEmpty()) {
                return new MigrationReport(current.schemaVersion(), current.schemaVersion(), List.of(), false);
            }
            if (file.hasContent()) {
                if (!current.initialized()) {
                    requireOwnFile();
                }
                preflight();
            }
            List<Migration> applied = apply();
            return new MigrationReport(current.schemaVersion(), migrations.head(), applied, false);
        } finally {
            lock.close();
        }
    }

    @Override
    public List<Check> check() {
        requireExisting();
        try (Connection connection = SqliteDataSources.reader(file, options).getConnection()) {
            return SqliteChecks.run(connection);
        } catch (SQLException | RuntimeException e) {
            throw errors.translate("check " + file, e);
        }
    }

    @Override
    public void vacuum() {
        requireExisting();
        try (Connection connection = SqliteDataSources.writer(file, options).getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("VACUUM");
        } catch (SQLException | RuntimeException e) {
            throw errors.translate("vacuum " + file, e);
        }
    }

    @Override
    public Optional<String> nativeBackupSuffix() {
        return Optional.of(SqliteBackup.SUFFIX);
    }

    @Override
    public void backupTo(Path target) {
        requireExisting();
        new SqliteBackup(file, options, errors).write(target);
    }

    @Override
    public void close() {
        // Every call opens and closes its own connection: nothing is held between calls.
    }

    private void requireExisting() {
        StoreStatus status = status();
        if (!status.initialized()) {
            status.requireAtHead();
        }
        status.requireNotNewer();
    }

    /** A store is created only in a new or empty file ({@link OwnSchema}). */
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
    private void preflight() {
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

    private List<Migration> apply() {
        try {
            List<Migration> applied = new FlywayMigrator(SqliteDataSources.writer(file, options), migrations).migrate();
            try (Connection connection = SqliteDataSources.writer(file, options).getConnection()) {
                MetaRows.write(connection, migrations.head(), migrations.compatibleFloor(), options.appVersion(),
                        Instant.now().truncatedTo(ChronoUnit.MICROS));
            }
            return applied;
        } catch (SQLException | RuntimeException e) {
            throw errors.translate("migrate " + file, e);
        }
    }

    private StoreStatus status(boolean initialized, int version, OptionalInt floor) {
        return new StoreStatus(SqliteStorageProvider.ID, SqliteStorageProvider.PERSISTENCE_MODE, file.toString(),
                initialized, version, migrations.head(), migrations.above(version),
                migrations.oldestUpgradable(), floor);
    }
}
