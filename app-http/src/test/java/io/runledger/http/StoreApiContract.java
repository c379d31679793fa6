package io.runledger.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.AuditLevel;
import io.runledger.storage.api.AuditPrune;
import io.runledger.storage.api.CanonicalJson;
import io.runledger.storage.api.EventId;
import io.runledger.testing.http.HttpReply;
import io.runledger.testing.http.TestHttpClient;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
    void theSummaryShowsTheLastAuditPruneOnceThereIsOne() {
        assertEquals(0, as(READ).get("/v1/store").json().path("prunes").asInt());
        assertFalse(as(READ).get("/v1/store").json().has("last_prune"), "no prune yet");
        Instant ts = Instant.parse("2026-01-01T00:00:00Z");
        runtime.store().auditLog().append(List.of(new AuditEvent(new EventId("old"), ts, AuditLevel.INFO, Optional.empty(),
                "job", "noted", "old", CanonicalJson.EMPTY_OBJECT)));
        AuditPrune prune = new AuditPrune("p1", ts.plusSeconds(60), ts.plusSeconds(1), ts, ts, 1, "archive.jsonl",
                "sha256:" + "0".repeat(64), Optional.of(runtime.store().auditHistory().head()));
        runtime.store().auditRetention().prune(Set.of(new EventId("old")), prune);

        JsonNode summary = as(READ).get("/v1/store").json();

        assertEquals(1, summary.path("prunes").asInt(), summary::toString);
        assertEquals("p1", summary.path("last_prune").path("prune_id").asText(), summary::toString);
        assertEquals(1, summary.path("last_prune").path("count").asInt());
        assertEquals(prune.archiveHash(), summary.path("last_prune").path("archive_hash").asText());
        assertEquals("2026-01-01T00:00:01.000000Z", summary.path("last_prune").path("before").asText());
        assertTrue(as(ADMIN).get("/v1/store/check").body().contains("last prune"), "the deep check names it too");
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
