package io.runledger.http;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.runledger.bootstrap.AuditSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * An event changed from outside Runledger under a running server (with {@code sqlite3}'s means: plain SQL
 * on the database file, the chain left as it was): the server's own verification finds the break, shown by
 * {@code GET /v1/store}, and the doctor's deep check fails with {@code audit_chain_broken}.
 */
class ServedChainBreakTest extends ApiContract {
    @Override
    protected HttpBackendFixture fixture() {
        return new ConfiguredBackendFixture("sqlite", "state.sqlite");
    }

    @Override
    protected HttpSettings settings() {
        return super.settings().withAudit(new AuditSettings(Duration.ofSeconds(2), Duration.ZERO));
    }

    @Test
    void aMessageChangedUnderTheServerIsFoundByItsOwnVerificationAndByTheDeepCheck() throws SQLException {
        assertEquals(201, api.post("/v1/audit", "{\"events\":[{\"event_id\":\"t1\",\"level\":\"info\",\"scope\":\"s\","
                + "\"event\":\"e\",\"message\":\"one\"},{\"event_id\":\"t2\",\"level\":\"info\",\"scope\":\"s\","
                + "\"event\":\"e\",\"message\":\"two\"}]}").status());
        try (Connection outside = DriverManager.getConnection("jdbc:sqlite:" + runtime.config().location().value());
             Statement statement = outside.createStatement()) {
            assertEquals(1, statement.executeUpdate("UPDATE audit_log SET message = 'edited' WHERE event_id = 't2'"));
        }

        JsonNode last = await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> api.get("/v1/store").json().path("audit_chain").path("last_verification"),
                        v -> "broken".equals(v.path("result").asText()));

        assertEquals(2, last.path("broken_seq").asLong(), last::toString);
        assertEquals("content_changed", last.path("broken").asText());
        assertEquals("t2", last.path("broken_event_id").asText());
        assertEquals(1, last.path("through").asLong(), "position 1 verified");
        JsonNode report = api.get("/v1/store/check").json();
        assertFalse(report.path("ok").asBoolean(), report::toString);
        assertEquals("audit_chain_broken", report.path("reason").asText());
        assertTrue(report.toString().contains("seq 2 (event t2): content_changed"), report::toString);
    }
}
