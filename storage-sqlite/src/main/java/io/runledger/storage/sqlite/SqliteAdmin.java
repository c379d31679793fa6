package io.runledger.storage.sqlite;

import io.runledger.storage.api.Check;
import io.runledger.storage.api.CommittedAudit;
import io.runledger.storage.api.MigrationReport;
import io.runledger.storage.api.NativeBackup;
import io.runledger.storage.api.StoreAdmin;
import io.runledger.storage.api.StoreFootprint;
import io.runledger.storage.api.StoreStatus;
import io.runledger.storage.sql.errors.SqlErrorTranslator;
import io.runledger.storage.sql.migration.AppliedMigrations;
import io.runledger.storage.sql.migration.GuardedMigrate;
import io.runledger.storage.sql.jdbc.PruneRows;
import io.runledger.storage.sql.migration.MetaRows;
import io.runledger.storage.sql.migration.MigrationSet;
import io.runledger.storage.sql.migration.SchemaHistory;
import io.runledger.storage.sql.ports.CommittedAuditReads;
import io.runledger.storage.sql.schema.SchemaDrift;
import io.runledger.storage.support.CreatedFiles;
import io.runledger.storage.support.FileFootprint;
import io.runledger.storage.support.LockFile;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * Administration of one SQLite file with plain JDBC (status and checks pay for neither Flyway nor
 * Hibernate). Holds no connection between calls, but for the read-only one that reads of the committed
 * audit log keep until {@link #close()}. Only {@link #migrate(boolean)} without a dry run
 * creates or changes anything, and only under the migration lock ({@link SqliteMigrateSteps}).
 */
final class SqliteAdmin implements StoreAdmin {
    private final SqliteFile file;
    private final SqliteOptions options;
    private final MigrationSet migrations;
    private final SqlErrorTranslator errors;
    private final CommittedAuditReads committed;
    /** The files this admin's migration found missing when it created the store; empty if it created none. */
    private volatile Optional<CreatedFiles> created = Optional.empty();

    SqliteAdmin(SqliteFile file, SqliteOptions options, MigrationSet migrations) {
        this.file = file;
        this.options = options;
        this.migrations = migrations;
        this.errors = new SqlErrorTranslator(SqliteStorageProvider.ID, new SqliteErrors(file));
        this.committed = new CommittedAuditReads(SqliteDataSources.reader(file, options), errors, file::toString, "audit_prunes",
                () -> status().schemaVersion(), SqliteDriver.COLUMNS);
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

    /** The database, its WAL and journal beside it, and the usable space of their volume. */
    @Override
    public StoreFootprint footprint() {
        return FileFootprint.of(file.storeFiles());
    }

    @Override
    public MigrationReport migrate(boolean dryRun) {
        CreatedFiles filesBefore = CreatedFiles.before(file.storeFiles());
        Consumer<StoreStatus> creating = current -> {
            if (filesBefore.storeWasMissing()) {
                created = Optional.of(filesBefore);
            }
        };
        return new GuardedMigrate(migrations, errors, file.toString(), options.appVersion())
                .run(dryRun, new SqliteMigrateSteps(file, options, migrations, errors, this::status, creating));
    }

    /** The integrity and settings checks, then the schema against its recorded version ({@link SchemaDrift}). */
    @Override
    public List<Check> check() {
        StoreStatus status = requireExisting();
        try (Connection connection = SqliteDataSources.reader(file, options).getConnection()) {
            List<Check> checks = new ArrayList<>(SqliteChecks.run(connection, options.synchronous()));
            checks.addAll(SchemaDrift.check(status, AppliedMigrations.changed(connection, SchemaHistory.TABLE, migrations),
                    () -> SqliteCatalog.expected(migrations, status.schemaVersion()), () -> SqliteCatalog.read(connection)));
            if (status.schemaVersion() >= PruneRows.SINCE_VERSION) {
                checks.add(PruneRows.read(connection, "audit_prunes", status.schemaVersion()).check());
            }
            return checks;
        } catch (SQLException | RuntimeException e) {
            throw errors.translate("check " + file, e);
        }
    }

    /** The chain and prune records through a read-only connection: no ORM, no writer. */
    @Override
    public Optional<CommittedAudit> committedAudit() {
        requireExisting().requireAtHead();
        return Optional.of(committed.read());
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
    public void recordBackupHash(Path backup, String contentHash) {
        SqliteBackup.recordContentHash(backup, contentHash, options, errors);
    }

    @Override
    public Optional<NativeBackup> openBackup(Path backup) {
        return Optional.of(SqliteBackupReading.open(backup, options, migrations));
    }

    /**
     * Deletes the files and directories this admin's migration created, under the migration lock, once
     * a connection has seen no committed run, step or audit event in the file.
     */
    @Override
    public boolean removeCreatedStore() {
        Optional<CreatedFiles> before = created;
        if (before.isEmpty()) {
            return false;
        }
        LockFile lock = LockFile.acquire(file.lockFile(), options.lockTimeoutMs(), "another process is migrating this store");
        try {
            if (file.hasContent()) {
                try (Connection connection = SqliteDataSources.writer(file, options).getConnection()) {
                    if (SqliteInspection.holdsContent(connection)) {
                        return false;
                    }
                } catch (SQLException | RuntimeException e) {
                    throw errors.translate("look into " + file + " before removing it", e);
                }
            }
            created = Optional.empty();
            return before.get().remove();
        } finally {
            lock.close();
        }
    }

    @Override
    public void close() {
        // Every call opens and closes its own connection, but for the one the committed audit log reads keep.
        committed.close();
    }

    private StoreStatus requireExisting() {
        StoreStatus status = status();
        status.requireExisting();
        return status;
    }

    private StoreStatus status(boolean initialized, int version, OptionalInt floor) {
        return migrations.status(SqliteStorageProvider.ID, SqliteStorageProvider.PERSISTENCE_MODE, file.toString(),
                initialized, version, floor);
    }
}
