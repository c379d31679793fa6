package io.runledger.storage.postgres;

import io.runledger.storage.api.Migration;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.StoreStatus;
import io.runledger.storage.sql.migration.FlywayMigrator;
import io.runledger.storage.sql.migration.MigrateSteps;
import io.runledger.storage.sql.migration.MigrationSet;
import io.runledger.storage.sql.migration.OwnSchema;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.api.FlywayException;

/**
 * PostgreSQL's part of a migration: Runledger's advisory lock per store, a preflight that refuses a
 * schema holding foreign tables (and remembers what the schema held before a store is created in it),
 * and Flyway in the store's schema, which takes its own advisory lock inside.
 */
final class PostgresMigrateSteps implements MigrateSteps {
    /**
     * Run on each migration connection: the server checks every second whether the client is still
     * there while a statement runs (PostgreSQL 14+), so a migrator killed mid-statement stops holding
     * its transaction's locks and Flyway's advisory lock within a second instead of when the statement
     * ends. Servers without the setting (or platforms that cannot check) keep their default.
     */
    static final String NOTICE_DEAD_CLIENT = "DO $$ BEGIN PERFORM set_config('client_connection_check_interval', '1000',"
            + " false); EXCEPTION WHEN OTHERS THEN NULL; END $$";

    private final PostgresLocation location;
    private final PostgresOptions options;
    private final DataSource connections;
    private final MigrationSet migrations;
    private final Supplier<StoreStatus> status;
    private final Consumer<SchemaInventory> creating;

    /** {@code creating} is told what the schema held before this migration creates a store there. */
    PostgresMigrateSteps(PostgresLocation location, PostgresOptions options, DataSource connections,
                         MigrationSet migrations, Supplier<StoreStatus> status, Consumer<SchemaInventory> creating) {
        this.location = location;
        this.options = options;
        this.connections = connections;
        this.migrations = migrations;
        this.status = status;
        this.creating = creating;
    }

    @Override
    public StoreStatus status() {
        return status.get();
    }

    @Override
    public Held lock() throws SQLException {
        return AdvisoryLock.acquire(connections, location, options)::close;
    }

    /** A store is created only in an empty schema ({@link OwnSchema}). */
    @Override
    public void preflight(StoreStatus current) throws SQLException {
        if (current.initialized()) {
            return;
        }
        SchemaInventory inventory;
        try (Connection connection = connections.getConnection()) {
            inventory = SchemaInventory.take(connection, location.schema());
        }
        OwnSchema.require(location.described(), inventory.relations().keySet(),
                "Runledger creates its store only in an empty schema: name a new or empty one with currentSchema in the URL");
        creating.accept(inventory);
    }

    @Override
    public List<Migration> applyPending() {
        try {
            return new FlywayMigrator(connections, migrations)
                    .inSchema(location.schema())
                    .withSessionSetup(NOTICE_DEAD_CLIENT)
                    .withLockRetries((int) Math.max(1, options.lockTimeoutMs() / 1000))
                    .migrate();
        } catch (FlywayException e) {
            if (String.valueOf(e.getMessage()).contains("advisory lock")) {
                throw new StoreException(ReasonCode.STORE_LOCKED, "another tool holds Flyway's migration lock on "
                        + location.described() + " past " + options.lockTimeoutMs() + " ms; retry when it has finished", e);
            }
            throw e;
        }
    }

    @Override
    public Connection metaConnection() throws SQLException {
        Connection connection = connections.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET search_path TO " + location.quotedSchema());
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        return connection;
    }
}
