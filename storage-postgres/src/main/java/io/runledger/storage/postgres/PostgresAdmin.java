package io.runledger.storage.postgres;

import io.runledger.storage.api.Check;
import io.runledger.storage.api.CommittedAudit;
import io.runledger.storage.api.MigrationReport;
import io.runledger.storage.api.StoreAdmin;
import io.runledger.storage.api.StoreContents;
import io.runledger.storage.api.StoreFootprint;
import io.runledger.storage.api.StoreStatus;
import io.runledger.storage.sql.errors.SqlErrorTranslator;
import io.runledger.storage.sql.jdbc.PruneRows;
import io.runledger.storage.sql.migration.GuardedMigrate;
import io.runledger.storage.sql.migration.MetaRows;
import io.runledger.storage.sql.migration.MigrationSet;
import io.runledger.storage.sql.migration.SchemaHistory;
import io.runledger.storage.sql.jdbc.ColumnReader;
import io.runledger.storage.sql.ports.CommittedAuditReads;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import javax.sql.DataSource;

/**
 * Administration of one PostgreSQL store with plain JDBC (status and checks pay for neither Flyway
 * nor Hibernate, and create nothing: an empty database is "not initialized yet"). Status reads keep
 * up to two connections until {@link #close()} (a server's health check asks on every request; see
 * {@link StatusConnections}); every other call opens its own connection. Only
 * {@link #migrate(boolean)} without a dry run changes anything, and
 * only under the store's advisory lock ({@link PostgresMigrateSteps}).
 */
final class PostgresAdmin implements StoreAdmin {
    /** The store's tables, in an order that VACUUM may take them. */
    static final List<String> TABLES = List.of("meta", "runs", "run_labels", "run_steps", "audit_log");
    private static final String RELATION_SIZES = "SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c"
            + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relkind IN ('r', 'p')";

    private final PostgresLocation location;
    private final PostgresOptions options;
    /** Short work: status reads and checks, with bounded answer and statement times. */
    private final DataSource sessions;
    /** Long work under (or taking) the migration lock: migrations, vacuum, contents as migrated. */
    private final DataSource connections;
    private final StatusConnections statusConnections;
    private final CommittedAuditReads committed;
    private final MigrationSet migrations;
    private final SqlErrorTranslator errors = new SqlErrorTranslator(PostgresStorageProvider.ID, new PostgresErrors());
    /** What the schema held before this admin's migration created the store there; empty if it created none. */
    private volatile Optional<SchemaInventory> beforeCreating = Optional.empty();

    PostgresAdmin(PostgresLocation location, PostgresOptions options, MigrationSet migrations) {
        this.location = location;
        this.options = options;
        this.sessions = PostgresConnections.sessions(location, options);
        this.connections = PostgresConnections.migrations(location, options);
        this.statusConnections = new StatusConnections(sessions);
        this.committed = new CommittedAuditReads(sessions, errors, location::described, location.quotedSchema() + ".audit_prunes",
                () -> status().schemaVersion(), ColumnReader::of);
        this.migrations = migrations;
    }

    @Override
    public StoreStatus status() {
        try {
            return statusConnections.read(connection -> {
                connection.setReadOnly(true);
                OptionalInt version = SchemaHistory.version(connection, location.schema());
                OptionalInt floor = version.isPresent()
                        ? MetaRows.compatibleFloor(connection, location.quotedSchema() + ".meta", version.getAsInt()) : OptionalInt.empty();
                return status(version.isPresent(), version.orElse(0), floor);
            });
        } catch (SQLException | RuntimeException e) {
            throw errors.translate("read the schema version of " + location.described(), e);
        }
    }

    /**
     * The size of every table of the store's schema with its indexes and TOAST
     * ({@code pg_total_relation_size}), read on a status connection; the server's free disk space is
     * not visible from here.
     */
    @Override
    public StoreFootprint footprint() {
        try {
            return statusConnections.read(connection -> {
                connection.setReadOnly(true);
                try (PreparedStatement query = connection.prepareStatement(RELATION_SIZES)) {
                    query.setString(1, location.schema());
                    try (ResultSet sizes = query.executeQuery()) {
                        sizes.next();
                        return new StoreFootprint(OptionalLong.of(sizes.getLong(1)), OptionalLong.empty());
                    }
                }
            });
        } catch (SQLException | RuntimeException e) {
            throw errors.translate("read the size of " + location.described(), e);
        }
    }

    @Override
    public MigrationReport migrate(boolean dryRun) {
        return new GuardedMigrate(migrations, errors, location.described(), options.appVersion()).run(dryRun,
                new PostgresMigrateSteps(location, options, connections, migrations, this::status,
                        inventory -> beforeCreating = Optional.of(inventory)));
    }

    /** The server and settings checks, then the schema against its recorded version ({@link PostgresDriftCheck}). */
    @Override
    public List<Check> check() {
        StoreStatus status = requireExisting();
        try (Connection connection = sessions.getConnection()) {
            connection.setReadOnly(true);
            List<Check> checks = new ArrayList<>(PostgresChecks.run(connection, location));
            checks.addAll(PostgresDriftCheck.run(connection, sessions, location, migrations, status));
            if (status.schemaVersion() >= PruneRows.SINCE_VERSION) {
                checks.add(PruneRows.read(connection, location.quotedSchema() + ".audit_prunes", status.schemaVersion()).check());
            }
            return checks;
        } catch (SQLException | RuntimeException e) {
            throw errors.translate("check " + location.described(), e);
        }
    }

    /** The chain and prune records through the admin's connections: no ORM, no store pools. */
    @Override
    public Optional<CommittedAudit> committedAudit() {
        requireExisting().requireAtHead();
        return Optional.of(committed.read());
    }

    @Override
    public void vacuum() {
        requireExisting();
        try (Connection connection = connections.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                statement.execute("VACUUM (ANALYZE) " + location.quotedSchema() + "." + table);
            }
        } catch (SQLException | RuntimeException e) {
            throw errors.translate("vacuum " + location.described(), e);
        }
    }

    @Override
    public Optional<StoreContents> contentsAsMigrated() {
        return Optional.of(new MigratedContents(this, location, options, connections, migrations, errors));
    }

    /**
     * Drops what this admin's migration created (see {@link SchemaInventory#removeWhatAppeared}) under
     * the store's migration lock, so that no migrator runs meanwhile.
     */
    @Override
    public boolean removeCreatedStore() {
        Optional<SchemaInventory> before = beforeCreating;
        if (before.isEmpty()) {
            return false;
        }
        try {
            AdvisoryLock lock = AdvisoryLock.acquire(connections, location, options);
            try (Connection connection = connections.getConnection()) {
                boolean removed = before.get().removeWhatAppeared(connection, location, options.lockTimeoutMs());
                beforeCreating = Optional.empty();
                return removed;
            } finally {
                lock.close();
            }
        } catch (SQLException | RuntimeException e) {
            throw errors.translate("remove the store this command created at " + location.described(), e);
        }
    }

    @Override
    public void close() {
        // Only the status reads and the committed audit log's reads keep connections between calls.
        statusConnections.close();
        committed.close();
    }

    private StoreStatus requireExisting() {
        StoreStatus status = status();
        status.requireExisting();
        return status;
    }

    private StoreStatus status(boolean initialized, int version, OptionalInt floor) {
        return migrations.status(PostgresStorageProvider.ID, PostgresStorageProvider.PERSISTENCE_MODE, location.toString(),
                initialized, version, floor);
    }
}
