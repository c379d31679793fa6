package io.runledger.storage.postgres;

import io.runledger.storage.api.ChoiceSetting;
import io.runledger.storage.api.NumberSetting;
import io.runledger.storage.api.StorageProvider;
import io.runledger.storage.api.Store;
import io.runledger.storage.api.StoreAdmin;
import io.runledger.storage.api.StoreSpec;
import io.runledger.storage.sql.migration.MigrationSet;
import io.runledger.storage.sql.migration.ShippedMigrations;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The PostgreSQL backend ({@code postgres}): a store in one schema of a PostgreSQL database, shared
 * by any number of Runledger processes. The location is a JDBC URL
 * ({@code jdbc:postgresql://host:5432/db?user=…&password=…}, optionally {@code currentSchema=…}).
 * Options ({@link PostgresOptions}; defaults and ranges in docs/POSTGRES.md): {@code pool_size},
 * {@code connect_timeout_ms}, {@code socket_timeout_ms}, {@code statement_timeout_ms},
 * {@code tcp_keepalive}, {@code lock_timeout_ms}, {@code lock_lease_ms}; bootstrap adds
 * {@code app_version} (default "unknown").
 */
public final class PostgresStorageProvider implements StorageProvider {
    static final String ID = "postgres";
    static final String PERSISTENCE_MODE = "server";

    private final MigrationSet migrations;

    /** Found by {@link java.util.ServiceLoader}; brings stores to the shipped migrations' head. */
    public PostgresStorageProvider() {
        this(ShippedMigrations.SET);
    }

    /** A provider with another migration set: tests play a later (or slower) binary with it. */
    PostgresStorageProvider(MigrationSet migrations) {
        this.migrations = migrations;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String persistenceMode() {
        return PERSISTENCE_MODE;
    }

    @Override
    public Set<String> optionNames() {
        return PostgresOptions.NAMES;
    }

    @Override
    public List<NumberSetting> numberSettings() {
        return PostgresOptions.NUMBERS;
    }

    @Override
    public List<ChoiceSetting> choiceSettings() {
        return PostgresOptions.CHOICES;
    }

    /** None: a server store has no file; its location is always a JDBC URL. */
    @Override
    public Optional<String> defaultFileName() {
        return Optional.empty();
    }

    @Override
    public StoreAdmin admin(StoreSpec spec) {
        return new PostgresAdmin(PostgresLocation.of(spec.location()), PostgresOptions.from(spec.optionsOf(ID)), migrations);
    }

    @Override
    public Store open(StoreSpec spec) {
        return PostgresStores.open(PostgresLocation.of(spec.location()), PostgresOptions.from(spec.optionsOf(ID)), migrations);
    }
}
