package io.runledger.storage.postgres;

import io.runledger.storage.api.StoreSpec;
import io.runledger.testing.postgres.TestServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Fresh databases on the test server for one test class's tests; {@link #close()} drops them. */
final class Databases implements AutoCloseable {
    static final PostgresStorageProvider PROVIDER = new PostgresStorageProvider();

    private final TestServer server = TestServer.get();
    private final List<String> created = new ArrayList<>();
    private String last;

    /** A spec for a new, empty database. */
    StoreSpec fresh(Map<String, String> options) {
        return fresh(options, "");
    }

    StoreSpec fresh() {
        return fresh(Map.of());
    }

    /** A spec for a new, empty database with extra URL parameters (e.g. {@code currentSchema=ledger}). */
    StoreSpec fresh(Map<String, String> options, String urlParameters) {
        last = server.createDatabase();
        created.add(last);
        return new StoreSpec(server.url(last, urlParameters), options);
    }

    /** A plain connection to the database {@link #fresh} made last, to look at it from outside the adapter. */
    Connection connectToLast() throws SQLException {
        return server.connect(last);
    }

    /** The first column of {@code sql}'s rows in the database {@link #fresh} made last, as text. */
    List<String> column(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = connectToLast(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    String lastUrl() {
        return server.url(last);
    }

    @Override
    public void close() {
        created.forEach(server::dropDatabase);
    }
}
