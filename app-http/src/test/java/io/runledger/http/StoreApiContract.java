package io.runledger.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.runledger.testing.http.HttpReply;
import io.runledger.testing.http.TestHttpClient;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /v1/store} and {@code GET /v1/store/check}: the read role gets a cheap summary of where
 * the store stands; the doctor's deep check, with every check's detail, is for the admin role only.
 */
abstract class StoreApiContract extends ApiContract {
    private static final String READ = "store-read-token-0123";
    private static final String ADMIN = "store-admin-token-0123";

    @Override
    protected AccessTokens tokens() {
        return AccessTokens.parse("read:" + READ + ",admin:" + ADMIN, "test");
    }

    private TestHttpClient as(String token) {
        return api.withToken(Optional.of(token));
    }

    @Test
    void theReadRoleGetsASummaryWithoutTheDeepCheckOrTheLocation() {
        HttpReply response = as(READ).get("/v1/store");

        assertEquals(200, response.status(), response::toString);
        JsonNode summary = response.json();
        assertTrue(summary.path("ok").asBoolean(), response::toString);
        assertTrue(summary.path("reason").isNull(), response::toString);
        assertEquals(fixture.backend(), summary.path("store_backend").asText());
        assertEquals(runtime.provider().persistenceMode(), summary.path("persistence_mode").asText());
        assertTrue(summary.path("initialized").asBoolean());
        assertEquals(runtime.admin().status().schemaHead(), summary.path("schema_version").asInt());
        assertEquals(runtime.admin().status().schemaHead(), summary.path("schema_head").asInt());
        assertFalse(summary.has("checks"), "the deep check is not run for the read role: " + response);
        assertFalse(response.body().contains(runtime.admin().status().location()), response::toString);
    }

    @Test
    void theDeepCheckNeedsTheAdminRole() {
        assertProblem(as(READ).get("/v1/store/check"), 403, "forbidden");

        HttpReply report = as(ADMIN).get("/v1/store/check");

        assertEquals(200, report.status(), report::toString);
        assertTrue(report.json().path("ok").asBoolean(), report::toString);
        assertEquals(runtime.admin().status().schemaHead(), report.json().path("schema_version").asInt());
        assertTrue(report.json().path("checks").size() > 0, report::toString);
        report.json().path("checks").forEach(check -> assertTrue(check.path("ok").asBoolean(), check::toString));
    }

    @Test
    void theAdminMayAlsoReadTheSummaryAndNoTokenMayReadEither() {
        assertEquals(200, as(ADMIN).get("/v1/store").status());
        assertProblem(api.get("/v1/store"), 401, "unauthorized");
        assertProblem(api.get("/v1/store/check"), 401, "unauthorized");
    }
}
