package io.runledger.storage.postgres.contract;

import io.runledger.storage.api.Check;
import io.runledger.storage.api.MigrationReport;
import io.runledger.storage.api.StorageProvider;
import io.runledger.storage.api.Store;
import io.runledger.storage.api.StoreAdmin;
import io.runledger.storage.api.StoreSpec;
import io.runledger.storage.api.StoreStatus;
import io.runledger.storage.postgres.LanguageCollation;
import io.runledger.storage.postgres.PostgresStorageProvider;
import io.runledger.storage.tck.Capability;
import io.runledger.storage.tck.StoreFixture;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * PostgreSQL stores whose id columns sort as {@code en-US} does (see {@link LanguageCollation}): the
 * provider is the real one, and a store it creates gets the language collation right after its
 * migrations, as if its database had been created with an {@code en_US} locale. The ordering
 * contracts run on it unchanged.
 */
final class EnUsCollatedFixture implements StoreFixture {
    private final PostgresFixture databases = new PostgresFixture();
    private final StorageProvider provider = new EnUsCollatedProvider(new PostgresStorageProvider());

    @Override
    public StorageProvider provider() {
        return provider;
    }

    @Override
    public StoreSpec freshSpec() {
        return databases.freshSpec();
    }

    /** A copy of a store this fixture's provider migrated (and collated) once in this JVM. */
    @Override
    public StoreSpec createdSpec() {
        return databases.createdSpec(provider, "store-at-head-en-us");
    }

    @Override
    public boolean storeExists(StoreSpec spec) {
        return databases.storeExists(spec);
    }

    @Override
    public Set<Capability> capabilities() {
        return databases.capabilities();
    }

    @Override
    public void close() {
        databases.close();
    }

    private record EnUsCollatedProvider(StorageProvider real) implements StorageProvider {
        @Override
        public String id() {
            return real.id();
        }

        @Override
        public String persistenceMode() {
            return real.persistenceMode();
        }

        @Override
        public java.util.Set<String> optionNames() {
            return real.optionNames();
        }

        @Override
        public Optional<String> defaultFileName() {
            return real.defaultFileName();
        }

        @Override
        public StoreAdmin admin(StoreSpec spec) {
            return new EnUsCollatingAdmin(real.admin(spec), spec);
        }

        @Override
        public Store open(StoreSpec spec) {
            return real.open(spec);
        }
    }

    private record EnUsCollatingAdmin(StoreAdmin real, StoreSpec spec) implements StoreAdmin {
        @Override
        public StoreStatus status() {
            return real.status();
        }

        @Override
        public MigrationReport migrate(boolean dryRun) {
            MigrationReport report = real.migrate(dryRun);
            if (!dryRun && report.fromVersion() == 0) {
                try (Connection connection = DriverManager.getConnection(spec.location())) {
                    LanguageCollation.applyTo(connection);
                } catch (SQLException e) {
                    throw new IllegalStateException("cannot give " + spec.location() + " the en-US collation", e);
                }
            }
            return report;
        }

        @Override
        public List<Check> check() {
            return real.check();
        }

        @Override
        public void vacuum() {
            real.vacuum();
        }

        @Override
        public void close() {
            real.close();
        }
    }
}
