package io.runledger.storage.tck;

import io.runledger.storage.api.StorageProvider;
import io.runledger.storage.api.StoreSpec;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a SQL adapter's test supplies to the schema-direction contract: its contract-suite fixture
 * (fresh stores), the same adapter as a later binary would ship it, and plain JDBC on a store from
 * outside the adapter.
 */
public abstract class SqlSchemaFixture implements StoreFixture {
    private final StoreFixture stores;

    /** Fresh stores come from {@code stores}, which this fixture closes. */
    protected SqlSchemaFixture(StoreFixture stores) {
        this.stores = stores;
    }

    /**
     * The adapter as a later binary ships it, with the shipped migrations followed by the test-only
     * ones of {@link TestMigrationFolders#LATER} up to {@code head}: {@link TestMigrationFolders#LATER_INDEX}
     * (adds an index named {@code later_runs_created_at} and keeps the shipped compatibility floor) or
     * {@link TestMigrationFolders#LATER_TABLE} (raises the floor to itself).
     */
    public abstract StorageProvider laterBinary(int head);

    /**
     * The adapter as the binary whose schema head is {@code head} ships it: an older binary below this
     * one's head (a real store of an older version comes from its migration), this one at it.
     */
    public final StorageProvider binaryWithHead(int head) {
        return laterBinary(head);
    }

    /**
     * The main class of a child JVM ({@link ChildJvm}) that migrates the store at {@code args[0]} (a
     * location) as {@link #laterBinary(int)} with head {@code args[1]} does ({@link LaterBinaryMigration}),
     * then exits 0: a later binary in another process, for tests that kill a migrator or migrate beside
     * a running writer.
     */
    public abstract String laterBinaryChild();

    /** A plain JDBC connection to the store at {@code spec}, outside the adapter. */
    protected abstract Connection connect(StoreSpec spec) throws SQLException;

    /** Whether the store at {@code spec} has an index named {@code name}. */
    public abstract boolean hasIndex(StoreSpec spec, String name);

    /** Everything stored at {@code spec} (bytes or tables), seen from outside: equal snapshots mean nothing was written. */
    public abstract List<String> snapshot(StoreSpec spec);

    /** Runs one statement on the store at {@code spec}, as a test-only shortcut from outside the adapter. */
    public final void execute(StoreSpec spec, String sql) {
        try (Connection connection = connect(spec); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** The first column of every row {@code sql} selects in the store at {@code spec}, as text. */
    public final List<String> column(StoreSpec spec, String sql) {
        List<String> values = new ArrayList<>();
        try (Connection connection = connect(spec); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
        return values;
    }

    @Override
    public final StorageProvider provider() {
        return stores.provider();
    }

    @Override
    public final StoreSpec freshSpec() {
        return stores.freshSpec();
    }

    @Override
    public final boolean storeExists(StoreSpec spec) {
        return stores.storeExists(spec);
    }

    @Override
    public final Set<Capability> capabilities() {
        return stores.capabilities();
    }

    @Override
    public final void close() {
        stores.close();
    }
}
