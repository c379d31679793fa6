package io.runledger.storage.postgres;

import io.runledger.storage.api.StorageProvider;
import io.runledger.storage.api.StoreSpec;
import io.runledger.storage.postgres.contract.PostgresFixture;
import io.runledger.storage.tck.SqlSchemaFixture;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** PostgreSQL stores for the schema-direction contract: new databases on the test server. */
final class PostgresSchemaFixture extends SqlSchemaFixture {
    private final PostgresFixture stores;

    PostgresSchemaFixture() {
        this(new PostgresFixture());
    }

    private PostgresSchemaFixture(PostgresFixture stores) {
        super(stores);
        this.stores = stores;
    }

    @Override
    public StorageProvider laterBinary(int head) {
        return new PostgresStorageProvider(TestMigrationSets.LATER.upTo(head));
    }

    @Override
    public String laterBinaryMain() {
        return LaterBinaryChild.class.getName();
    }

    @Override
    protected Connection connect(StoreSpec spec) throws SQLException {
        return stores.connect(spec);
    }

    @Override
    public boolean hasIndex(StoreSpec spec, String name) {
        return !column(spec, "SELECT indexname FROM pg_indexes WHERE indexname = '" + name + "'").isEmpty();
    }

    /** The tables there are (the contract compares the history and meta rows itself). */
    @Override
    public List<String> snapshot(StoreSpec spec) {
        return column(spec, "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");
    }
}
