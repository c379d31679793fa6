package io.runledger.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.runledger.testing.http.HttpReply;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The deep check ({@code GET /v1/store/check}) is the doctor's: on a SQLite store whose index was
 * dropped by hand it reports {@code schema_drift}, with a failed check naming the index.
 */
class SchemaDriftDeepCheckTest extends ApiContract {
    private static final String ADMIN = "drift-admin-token-0123";

    @Override
    protected HttpBackendFixture fixture() {
        return new ConfiguredBackendFixture("sqlite", "state.sqlite");
    }

    @Override
    protected AccessTokens tokens() {
        return AccessTokens.parse("admin:" + ADMIN, "test");
    }

    @Override
    protected Optional<String> clientToken() {
        return Optional.of(ADMIN);
    }

    @Test
    void aDroppedIndexIsReportedAsSchemaDrift() throws SQLException {
        assertTrue(api.get("/v1/store/check").json().path("ok").asBoolean(), "clean before the index is dropped");
        // From outside Runledger, as an operator's hand would.
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + runtime.config().location().value());
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("DROP INDEX audit_log_ts");
        }

        HttpReply report = api.get("/v1/store/check");

        assertEquals(200, report.status(), report::toString);
        assertFalse(report.json().path("ok").asBoolean(), report::toString);
        assertEquals("schema_drift", report.json().path("reason").asText(), report::toString);
        List<String> failed = new ArrayList<>();
        for (JsonNode check : report.json().path("checks")) {
            if (!check.path("ok").asBoolean()) {
                failed.add(check.path("name").asText() + ": " + check.path("detail").asText());
            }
        }
        assertEquals(List.of("schema_drift: index audit_log_ts on audit_log is missing (schema version "
                + runtime.admin().status().schemaHead() + " has it)"), failed);
    }
}
