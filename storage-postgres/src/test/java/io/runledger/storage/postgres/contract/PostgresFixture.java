package io.runledger.storage.postgres.contract;

import io.runledger.storage.api.StorageProvider;
import io.runledger.storage.api.StoreAdmin;
import io.runledger.storage.api.StoreSpec;
import io.runledger.storage.postgres.PostgresStorageProvider;
import io.runledger.storage.tck.Capability;
import io.runledger.storage.tck.StoreFixture;
import io.runledger.testing.postgres.TestServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * PostgreSQL stores for the contract suite: each fresh spec is a new, empty database on the JVM's one
 * test server; closing the fixture drops the databases it made.
 */
public final class PostgresFixture implements StoreFixture {
    private final PostgresStorageProvider provider = new PostgresStorageProvider();
    private final TestServer server = TestServer.get();
    private final List<String> databases = new ArrayList<>();

    @Override
    public StorageProvider provider() {
        return provider;
    }

    @Override
    public StoreSpec freshSpec() {
        String database = server.createDatabase();
        databases.add(database);
        return spec(database);
    }

    /**
     * A copy of the template database that this JVM migrated to the head once: migrating anew takes about
     * ten times as long (docs/POSTGRES.md).
     */
    @Override
    public StoreSpec createdSpec() {
        return createdSpec(provider, "store-at-head");
    }

    /**
     * A copy of the template database {@code purpose} names, which {@code maker}'s {@code migrate(false)}
     * brought to the head once in this JVM.
     */
    StoreSpec createdSpec(StorageProvider maker, String purpose) {
        String template = server.template(purpose, name -> {
            try (StoreAdmin admin = maker.admin(spec(name))) {
                admin.migrate(false);
            }
        });
        String database = server.createDatabaseFrom(template);
        databases.add(database);
        return spec(database);
    }

    private StoreSpec spec(String database) {
        return new StoreSpec(server.url(database), Map.of("pool_size", "3"));
    }

    /** Anything of a store in the database: a table in its public schema. */
    @Override
    public boolean storeExists(StoreSpec spec) {
        String database = databaseOf(spec);
        try (Connection connection = server.connect(database);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")) {
            rows.next();
            return rows.getLong(1) > 0;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot look into " + database + ": " + e.getMessage(), e);
        }
    }

    /** A lock request in the database that the server has not granted yet. */
    @Override
    public boolean writerWaits(StoreSpec spec) {
        try (Connection connection = connect(spec);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM pg_locks WHERE NOT granted AND database = "
                     + "(SELECT oid FROM pg_database WHERE datname = current_database())")) {
            rows.next();
            return rows.getLong(1) > 0;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot look at the locks of " + databaseOf(spec) + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Set<Capability> capabilities() {
        return Set.of(Capability.SQL_MIGRATIONS, Capability.OUTLIVES_ITS_PROCESS, Capability.SHARED_BY_INSTANCES);
    }

    @Override
    public void close() {
        databases.forEach(server::dropDatabase);
        databases.clear();
    }

    /** A plain connection to the database of {@code spec}, to look at it from outside the adapter. */
    public Connection connect(StoreSpec spec) throws SQLException {
        return server.connect(databaseOf(spec));
    }

    private String databaseOf(StoreSpec spec) {
        String afterServer = spec.location().substring(server.serverPrefix().length());
        int query = afterServer.indexOf('?');
        return query < 0 ? afterServer : afterServer.substring(0, query);
    }
}
