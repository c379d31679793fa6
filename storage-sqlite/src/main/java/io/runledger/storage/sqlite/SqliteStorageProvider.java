package io.runledger.storage.sqlite;

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
 * The SQLite backend ({@code sqlite}): one local file in WAL mode. Options: {@code busy_timeout_ms}
 * (default 5000), {@code lock_timeout_ms} (default 10000), {@code synchronous} ({@code normal} or
 * {@code full}, default {@code normal}); bootstrap adds {@code app_version} (default "unknown").
 */
public final class SqliteStorageProvider implements StorageProvider {
    static final String ID = "sqlite";
    static final String PERSISTENCE_MODE = "wal";

    private final MigrationSet migrations;

    /** Found by {@link java.util.ServiceLoader}; brings stores to the shipped migrations' head. */
    public SqliteStorageProvider() {
        this(ShippedMigrations.SET);
    }

    /** A provider with another migration set: tests play a later (or slower) binary with it. */
    SqliteStorageProvider(MigrationSet migrations) {
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
        return SqliteOptions.NAMES;
    }

    @Override
    public List<NumberSetting> numberSettings() {
        return SqliteOptions.NUMBERS;
    }

    @Override
    public List<ChoiceSetting> choiceSettings() {
        return SqliteOptions.CHOICES;
    }

    @Override
    public Optional<String> defaultFileName() {
        return Optional.of("state.sqlite");
    }

    @Override
    public StoreAdmin admin(StoreSpec spec) {
        return new SqliteAdmin(SqliteFile.at(spec.location()), SqliteOptions.from(spec.optionsOf(ID)), migrations);
    }

    @Override
    public Store open(StoreSpec spec) {
        return SqliteStores.open(SqliteFile.at(spec.location()), SqliteOptions.from(spec.optionsOf(ID)), migrations);
    }
}
