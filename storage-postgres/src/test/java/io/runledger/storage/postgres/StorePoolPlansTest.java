package io.runledger.storage.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.zaxxer.hikari.HikariDataSource;
import io.runledger.storage.api.StoreSpec;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A store's pooled sessions plan each execution of a prepared statement for its own parameters: the
 * plan a session would keep after a few executions was chosen while a new store's tables were empty,
 * a sequential scan that an append's id look-up and the chain's reads then kept as the tables grew.
 * The user's own server options in the URL stay.
 */
class StorePoolPlansTest {
    private static final Databases DATABASES = new Databases();
    private static PostgresLocation location;

    @BeforeAll
    static void database() {
        StoreSpec spec = DATABASES.fresh(Map.of(), "options=-c%20work_mem%3D7MB");
        location = PostgresLocation.of(spec.location());
    }

    @AfterAll
    static void drop() {
        DATABASES.close();
    }

    @Test
    void writersAndReadersPlanEveryExecutionForItsParameters() throws SQLException {
        PostgresOptions options = PostgresOptions.from(new StoreSpec(location.url(), Map.of()).optionsOf(PostgresStorageProvider.ID));
        try (HikariDataSource writers = PostgresConnections.writers(location, options);
             HikariDataSource readers = PostgresConnections.readers(location, options)) {
            for (HikariDataSource pool : new HikariDataSource[] {writers, readers}) {
                try (Connection connection = pool.getConnection()) {
                    assertEquals("force_custom_plan", setting(connection, "plan_cache_mode"), pool.getPoolName());
                    assertEquals("7MB", setting(connection, "work_mem"), "the URL's own options stay: " + pool.getPoolName());
                }
            }
        }
    }

    private static String setting(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery("SHOW " + name)) {
            row.next();
            return row.getString(1);
        }
    }
}
