package io.runledger.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.runledger.testing.http.HttpReply;
import org.junit.jupiter.api.Test;

/**
 * A known limit of the PostgreSQL store, at the HTTP edge: text holding U+0000 (valid JSON, allowed by
 * FORMAT.md, kept by the SQLite and JSON stores) cannot be stored in PostgreSQL text. The request is
 * refused as bad input — 400 {@code validation_failed}, never a 5xx — and nothing of it is stored.
 */
class PostgresNulCharacterApiTest extends ApiContract {
    @Override
    protected HttpBackendFixture fixture() {
        return new PostgresBackendFixture();
    }

    @Test
    void anAuditEventWithANulCharacterIsRefusedAsBadInputAndNotStored() {
        String scope = id("nul");
        HttpReply appended = api.post("/v1/audit", "{\"events\":[{\"level\":\"info\",\"scope\":\"" + scope
                + "\",\"event\":\"e\",\"message\":\"before\\u0000after\"}]}");

        assertProblem(appended, 400, "validation_failed");
        assertEquals(0, api.get("/v1/audit?scope=" + scope).json().path("items").size());
    }

    @Test
    void aRunWithANulCharacterInALabelIsRefusedAsBadInputAndNotStored() {
        String runId = id("nul-run");
        HttpReply created = api.post("/v1/runs", "{\"run_id\":\"" + runId + "\",\"args\":{},\"labels\":{\"team\":\"a\\u0000b\"}}");

        assertProblem(created, 400, "validation_failed");
        assertProblem(api.get("/v1/runs/" + runId), 404, "run_not_found");
    }

    @Test
    void aStepWithANulCharacterInItsNameIsRefusedAsBadInputAndNotStored() {
        String runId = id("run");
        assertEquals(201, api.post("/v1/runs", "{\"run_id\":\"" + runId + "\",\"args\":{}}").status());

        assertProblem(api.post("/v1/runs/" + runId + "/steps", "{\"step_id\":\"s\",\"name\":\"a\\u0000b\"}"), 400, "validation_failed");
        assertEquals(0, api.get("/v1/runs/" + runId + "/steps").json().path("items").size());
    }
}
