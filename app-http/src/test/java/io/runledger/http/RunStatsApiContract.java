package io.runledger.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.runledger.storage.api.CanonicalJson;
import io.runledger.storage.api.Run;
import io.runledger.storage.api.RunId;
import io.runledger.storage.api.RunStatsGroup;
import io.runledger.storage.api.RunStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /v1/runs/stats}: counts, success rate and nearest-rank percentiles of the runs a label
 * selects, per label value, the chart points agreeing with the runs list, the cap on points, and
 * bad parameters refused. Each test labels its own runs, so the shared store does not disturb it.
 */
abstract class RunStatsApiContract extends ApiContract {
    /** Six runs labelled batch=BATCH, team a/b alternating: two succeed, one fails, one is cancelled, two still run. */
    private String sixRuns() {
        String batch = id("batch");
        String[] ends = {"succeeded", "failed", "succeeded", "cancelled", null, null};
        for (int i = 0; i < ends.length; i++) {
            String runId = batch + "-r" + i;
            api.post("/v1/runs", "{\"run_id\":\"" + runId + "\",\"labels\":{\"batch\":\"" + batch + "\",\"team\":\""
                    + (i % 2 == 0 ? "a" : "b") + "\"}}");
            if (ends[i] != null) {
                api.patch("/v1/runs/" + runId, "{\"status\":\"" + ends[i] + "\"}");
            }
        }
        return batch;
    }

    @Test
    void statsCountTheRunsOfALabelPerValueWithNearestRankPercentiles() {
        String batch = sixRuns();
        JsonNode stats = api.get("/v1/runs/stats?label=batch%3D" + batch + "&group_by=team").json();

        JsonNode overall = stats.path("overall");
        assertEquals(6, overall.path("runs").asLong());
        assertEquals("{\"running\":2,\"succeeded\":2,\"failed\":1,\"cancelled\":1}", overall.path("counts").toString());
        assertEquals(4, overall.path("finished").asLong());
        assertEquals(0.5, overall.path("success_rate").asDouble());
        assertEquals("team", stats.path("group_by").asText());
        assertEquals(List.of("a", "b"), List.of(stats.path("groups").get(0).path("label_value").asText(),
                stats.path("groups").get(1).path("label_value").asText()));
        assertEquals(3, stats.path("groups").get(0).path("runs").asLong());

        List<Long> durations = new ArrayList<>();
        Set<String> pointIds = new TreeSet<>();
        stats.path("points").forEach(p -> {
            pointIds.add(p.path("run_id").asText());
            if (!p.path("duration_us").isNull()) {
                durations.add(p.path("duration_us").asLong());
            }
        });
        durations.sort(null);
        assertEquals(4, durations.size());
        assertEquals(durations.get((int) RunStatsGroup.nearestRank(50, 4) - 1), overall.path("p50_duration_us").asLong());
        assertEquals(durations.get((int) RunStatsGroup.nearestRank(95, 4) - 1), overall.path("p95_duration_us").asLong());
        Set<String> listed = new TreeSet<>();
        api.get("/v1/runs?label=batch%3D" + batch).json().path("items").forEach(r -> listed.add(r.path("run_id").asText()));
        assertEquals(listed, pointIds, "the chart's points are the listed runs");
        assertFalse(stats.path("points_truncated").asBoolean());
    }

    @Test
    void aStatusFilterAndAnEmptyRangeNarrowEveryFigure() {
        String batch = sixRuns();
        JsonNode running = api.get("/v1/runs/stats?status=running&label=batch%3D" + batch).json();
        assertEquals(2, running.path("overall").path("runs").asLong());
        assertTrue(running.path("overall").path("success_rate").isNull());
        assertTrue(running.path("overall").path("p50_duration_us").isNull());
        assertEquals(0, running.path("groups").size(), "no group_by, no groups");

        JsonNode before = api.get("/v1/runs/stats?label=batch%3D" + batch
                + "&from=2020-01-01T00:00:00.000000Z&to=2020-01-02T00:00:00.000000Z").json();
        assertEquals(0, before.path("overall").path("runs").asLong());
        assertEquals(0, before.path("points").size());
        assertEquals("2020-01-01T00:00:00.000000Z", before.path("from").asText());
    }

    @Test
    void pointsOverTheCapAreTheLatestRunsAndFlagged() {
        String batch = sixRuns();
        JsonNode all = api.get("/v1/runs/stats?label=batch%3D" + batch).json();
        JsonNode capped = api.get("/v1/runs/stats?max_points=4&label=batch%3D" + batch).json();

        assertTrue(capped.path("points_truncated").asBoolean());
        assertEquals(4, capped.path("points_limit").asInt());
        List<JsonNode> latest = new ArrayList<>();
        all.path("points").forEach(latest::add);
        List<JsonNode> shown = new ArrayList<>();
        capped.path("points").forEach(shown::add);
        assertEquals(latest.subList(2, 6), shown);
        assertEquals(all.path("overall"), capped.path("overall"), "the figures cover every run");
    }

    @Test
    void aNewRunCannotTakeTheIdStatsWhichTheAggregatesRouteAnswersButAStoredOneStaysListed() {
        assertProblem(api.post("/v1/runs", "{\"run_id\":\"stats\",\"labels\":{\"shadowed\":\"new\"}}"), 400,
                "validation_failed");
        assertEquals(0, api.get("/v1/runs?label=shadowed%3Dnew").json().path("items").size(), "nothing was stored");

        String batch = id("shadowed");
        runtime.storeForWriting().runs().create(new Run(new RunId("stats"), Instant.parse("2026-11-21T10:00:00Z"),
                CanonicalJson.EMPTY_OBJECT, Optional.empty(), Optional.empty(), RunStatus.RUNNING, Optional.empty(),
                Map.of("shadowed", batch)));
        JsonNode listed = api.get("/v1/runs?label=shadowed%3D" + batch).json().path("items");
        assertEquals(1, listed.size());
        assertEquals("stats", listed.get(0).path("run_id").asText(), "a run stored before the rule is listed");
        assertEquals(1, api.get("/v1/runs/stats?label=shadowed%3D" + batch + "&from=2026-11-21T00:00:00.000000Z"
                + "&to=2026-11-22T00:00:00.000000Z").json().path("overall").path("runs").asLong(), "and counted");
        assertEquals(200, api.patch("/v1/runs/stats", "{\"status\":\"succeeded\"}").status(), "and finished");
        assertEquals(0, api.get("/v1/runs/stats/steps").json().path("items").size(), "its steps are listed");
        assertEquals(201, api.post("/v1/runs", "{\"run_id\":\"Stats\"}").status(), "case matters: an ordinary id");
        assertEquals("Stats", api.get("/v1/runs/Stats").json().path("run_id").asText());
    }

    @Test
    void badStatsParametersAreRefusedWithValidationFailed() {
        for (String query : List.of("from=2025-01-02T00:00:00.000000Z&to=2025-01-01T00:00:00.000000Z", "max_points=0",
                "max_points=2001", "max_points=many", "group_by=", "status=lost", "label=novalue", "from=yesterday",
                "limit=5")) {
            assertProblem(api.get("/v1/runs/stats?" + query), 400, "validation_failed");
        }
    }
}
