package io.runledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.testing.postgres.TestServer;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The schema-drift check run by a PostgreSQL user that owns its store's schema but may not create a
 * schema in the database, as a database's owner hands a store to an application role: the catalog
 * cannot be compared (building the expected schema needs CREATE on the database), and both commands
 * say so and why, while an applied migration whose checksum changed is still {@code schema_drift}.
 */
class PostgresUserWithoutCreateTest extends CliContract {
    private static final String NOT_COMPARED = "[ok  ] schema_drift: tables, columns, constraints and indexes not compared: "
            + "this user may not create a schema in the database";

    private final String role = "rl_app_" + UUID.randomUUID().toString().substring(0, 8);

    @Override
    PostgresCliFixture fixture(Path dir) {
        return new PostgresCliFixture();
    }

    private PostgresDatabases databases() {
        return ((PostgresCliFixture) backend).databases();
    }

    /** The role's URL for a store in schema {@code ledger} of {@code database}, which the role owns. */
    private String storeOwnedByTheRole(String database) throws SQLException {
        databases().execute(database, "CREATE ROLE " + role + " LOGIN PASSWORD 'app'");
        databases().execute(database, "REVOKE CREATE ON DATABASE " + database + " FROM PUBLIC");
        databases().execute(database, "CREATE SCHEMA ledger AUTHORIZATION " + role);
        return TestServer.get().serverPrefix() + database + "?user=" + role + "&password=app&currentSchema=ledger";
    }

    @AfterEach
    void dropTheRole() throws SQLException {
        backend.close();
        databases().execute("postgres", "DROP ROLE IF EXISTS " + role);
    }

    @Test
    void withoutCreateOnTheDatabaseTheCatalogIsNotComparedAndSaysWhyWhileAChangedChecksumIsStillDrift() throws SQLException {
        String database = databases().fresh();
        String location = storeOwnedByTheRole(database);
        ok(on(location, "db", "migrate"));
        assertEquals(List.of("false"), databases().column(database, "SELECT has_database_privilege('" + role + "', '"
                + database + "', 'CREATE')::text"), "the role may not create a schema in the database");

        Cli.Result check = on(location, "db", "check");
        Cli.Result doctor = on(location, "doctor");

        for (Cli.Result result : List.of(check, doctor)) {
            ok(result);
            assertTrue(result.outLines().stream().anyMatch(line -> line.strip().startsWith(NOT_COMPARED)), result.toString());
        }

        databases().execute(database, "UPDATE ledger.flyway_schema_history SET checksum = checksum + 1 WHERE version = '1'");
        Cli.Result drifted = on(location, "db", "check");

        assertEquals(6, drifted.exitCode(), drifted.toString());
        assertTrue(drifted.err().strip().endsWith("(reason: schema_drift)"), drifted.toString());
        assertTrue(drifted.outLines().stream().anyMatch(line -> line.strip()
                .startsWith("[FAIL] schema_drift: migration V1__init.sql was applied with checksum")), drifted.toString());
        assertTrue(drifted.outLines().stream().anyMatch(line -> line.strip().startsWith(NOT_COMPARED)), drifted.toString());
    }
}
