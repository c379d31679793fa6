package io.runledger.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.testing.http.HttpReply;
import org.junit.jupiter.api.Test;

/**
 * A ledger does not change what it was given: a number in a request body is stored only if it reads
 * back as the same decimal value; one that cannot be stored exactly (an integer beyond ±2^53, more
 * digits than a double holds, an underflow) is refused with 400 {@code validation_failed} naming its
 * JSON path, and nothing is stored.
 */
abstract class ExactNumbersApiContract extends ApiContract {

    @Test
    void numbersThatReadBackAsTheSameValueAreStored() {
        String runId = id("exact");
        HttpReply created = api.post("/v1/runs", "{\"run_id\":\"" + runId + "\",\"args\":{\"a\":1.50,\"b\":1e2,\"c\":0.1,"
                + "\"d\":18014398509481984,\"e\":1e29,\"f\":-0,\"g\":-9007199254740992}}");

        assertEquals(201, created.status(), created::toString);
        assertTrue(created.body().contains("\"args\":{\"a\":1.5,\"b\":100,\"c\":0.1,\"d\":18014398509481984,\"e\":1e+29,"
                + "\"f\":0,\"g\":-9007199254740992}"), created::toString);
    }

    @Test
    void aRunsArgumentThatCannotBeStoredExactlyIsRefusedByPath() {
        for (String number : new String[] {"9007199254740993", "-9007199254740993", "1.00000000000000000001",
            "3.141592653589793238", "1e-400"}) {
            String runId = id("inexact");
            HttpReply refused = api.post("/v1/runs", "{\"run_id\":\"" + runId + "\",\"args\":{\"items\":[1,2,3," + number + "]}}");

            assertProblem(refused, 400, "validation_failed");
            assertTrue(refused.text("detail").contains("$.args.items[3]"), refused::toString);
            assertEquals(404, api.get("/v1/runs/" + runId).status(), "nothing is stored");
        }
    }

    @Test
    void anAuditEventsDataThatCannotBeStoredExactlyIsRefusedByPath() {
        String scope = id("exact-scope");
        HttpReply refused = api.post("/v1/audit", "{\"events\":[{\"level\":\"info\",\"scope\":\"" + scope
                + "\",\"event\":\"e\",\"message\":\"m\",\"data\":{\"n\":9007199254740993}}]}");

        assertProblem(refused, 400, "validation_failed");
        assertTrue(refused.text("detail").contains("$.events[0].data.n"), refused::toString);
        assertEquals(0, api.get("/v1/audit?scope=" + scope).json().path("items").size(), "nothing is stored");
    }

    @Test
    void aStepsStatsThatCannotBeStoredExactlyIsRefusedByPath() {
        String runId = id("stats");
        assertEquals(201, api.post("/v1/runs", "{\"run_id\":\"" + runId + "\"}").status());
        assertEquals(201, api.post("/v1/runs/" + runId + "/steps", "{\"step_id\":\"load\",\"name\":\"load\"}").status());

        HttpReply refused = api.patch("/v1/runs/" + runId + "/steps/load",
                "{\"status\":\"running\",\"stats\":{\"rows\":12345678901234567890}}");

        assertProblem(refused, 400, "validation_failed");
        assertTrue(refused.text("detail").contains("$.stats.rows"), refused::toString);
    }
}
