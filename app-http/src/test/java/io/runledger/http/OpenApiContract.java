package io.runledger.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.runledger.testing.http.HttpReply;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document against the live server: a session that uses every documented operation, with
 * successes and the documented errors. Each response is validated by the base class; this contract
 * also proves that no documented operation went untried, and that the validator does reject a
 * response that breaks the document.
 */
abstract class OpenApiContract extends ApiContract {
    private final List<HttpReply> seen = new ArrayList<>();

    @Override
    protected void recorded(List<HttpReply> exchanges) {
        seen.addAll(exchanges);
    }

    @Test
    void aSessionThatUsesEveryOperation() {
        api.get("/health");
        api.get("/openapi.json");
        api.get("/livez");
        api.get("/readyz");
        api.get("/metrics");
        api.get("/v1/store");
        api.get("/v1/store?verbose=1");
        api.get("/v1/store/check");
        String runId = api.post("/v1/runs", "{\"run_id\":\"oa-run\",\"args\":{\"a\":[1,2.5,\"x\",null,true]},"
                + "\"git_sha\":\"deadbeef\",\"config\":{\"k\":\"v\"},\"labels\":{\"team\":\"core\"}}").text("run_id");
        api.post("/v1/runs", "{\"run_id\":\"oa-run\",\"args\":{\"a\":[1,2.5,\"x\",null,true]},"
                + "\"git_sha\":\"deadbeef\",\"config\":{\"k\":\"v\"},\"labels\":{\"team\":\"core\"}}");
        api.post("/v1/runs", "{\"run_id\":\"oa-run\"}");
        api.get("/v1/runs/" + runId);
        api.get("/v1/runs/unknown");
        api.get("/v1/runs?limit=1");
        api.get("/v1/runs?limit=x");
        api.get("/v1/runs/stats?group_by=team&max_points=1");
        api.get("/v1/runs/stats?max_points=0");
        api.get("/v1/audit?event=e&text=m&limit=1");
        api.post("/v1/runs/" + runId + "/steps", "{\"step_id\":\"s1\",\"name\":\"one\"}");
        api.post("/v1/runs/" + runId + "/steps", "{\"step_id\":\"s1\",\"name\":\"one\"}");
        api.get("/v1/runs/" + runId + "/steps?limit=1");
        api.patch("/v1/runs/" + runId + "/steps/s1", "{\"status\":\"running\"}");
        api.patch("/v1/runs/" + runId + "/steps/s1", "{\"status\":\"failed\",\"stats\":{\"err\":1}}");
        api.patch("/v1/runs/" + runId + "/steps/s1", "{\"status\":\"running\"}");
        api.post("/v1/audit", "{\"events\":[{\"level\":\"warn\",\"scope\":\"oa\",\"event\":\"e\",\"message\":\"m\","
                + "\"run_id\":\"" + runId + "\",\"data\":{\"n\":1}},{\"level\":\"debug\",\"scope\":\"oa\",\"event\":\"e\",\"message\":\"m\"}]}");
        api.post("/v1/audit", "{\"events\":[{\"level\":\"warn\",\"scope\":\"oa\",\"event\":\"e\",\"message\":\"m\",\"run_id\":\"nope\"}]}");
        api.get("/v1/audit?scope=oa&limit=1");
        api.get("/v1/audit/head");
        api.get("/v1/audit/head?seq=1");
        api.patch("/v1/runs/" + runId, "{\"status\":\"failed\"}");
        api.patch("/v1/runs/" + runId, "{\"status\":\"failed\"}");
        api.send("PATCH", "/v1/runs/" + runId, "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.util.Optional.of("text/plain"));
    }

    @Test
    void theValidatorRejectsAResponseThatBreaksTheDocument() {
        HttpReply real = api.get("/health");
        HttpReply broken = real.withStatus(200).withBody(real.body().replace("\"ok\"", "\"fine\""));
        HttpReply undocumentedStatus = real.withStatus(418);

        assertFalse(DOCUMENT.violations(broken).isEmpty(), broken::toString);
        assertEquals(1, DOCUMENT.violations(undocumentedStatus).size());
    }

    @AfterAll
    void everyDocumentedOperationWasUsed() {
        Set<String> used = new TreeSet<>();
        seen.forEach(response -> DOCUMENT.operationOf(response).ifPresent(used::add));
        assertEquals(DOCUMENT.operations(), used);
    }
}
