package io.runledger.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.runledger.testing.http.HttpReply;
import org.junit.jupiter.api.Test;

/** {@code GET /health} and {@code GET /openapi.json} on a healthy store. */
abstract class HealthApiContract extends ApiContract {
    @Test
    void healthReportsTheBackendItsPersistenceModeAndSchemaVersion() {
        HttpReply response = api.get("/health");

        assertEquals(200, response.status(), response::toString);
        JsonNode health = response.json();
        assertEquals("ok", health.path("status").asText());
        assertEquals(fixture.backend(), health.path("store_backend").asText());
        assertEquals(runtime.provider().persistenceMode(), health.path("persistence_mode").asText());
        assertEquals(runtime.admin().status().schemaHead(), health.path("schema_version").asInt());
    }

    @Test
    void theServedDocumentIsTheOneTheTestsCheckAgainst() {
        HttpReply response = api.get("/openapi.json");

        assertEquals(200, response.status());
        assertEquals(DOCUMENT.root(), response.json());
        assertEquals("3.1.0", response.json().path("openapi").asText());
    }
}
