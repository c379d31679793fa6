package io.runledger.cli;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The CLI as a recorder (run, step, audit query) on every backend: round trips, the retry rule, each
 * refusal's reason and exit code, read commands on a missing store, --json output, and a live tail.
 */
abstract class RecorderContract extends CliContract {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<JsonNode> jsonLines(Cli.Result result) {
        return result.outLines().stream().map(RecorderContract::json).toList();
    }

    private static String event(String id, String runId, String level, String scope) {
        return "{\"event_id\":\"" + id + "\",\"level\":\"" + level + "\",\"scope\":\"" + scope + "\",\"event\":\"e\","
                + "\"message\":\"m\"" + (runId == null ? "" : ",\"run_id\":\"" + runId + "\"") + "}\n";
    }

    @Test
    void aRunIsStartedShownListedAndFinished() {
        String store = backend.freshLocation();

        Cli.Result started = on(store, "run", "start", "--id", "r1", "--arg", "target=prod", "--args-json", "{\"n\":2}",
                "--label", "env=ci", "--git-sha", "abc123", "--config-json", "{\"b\":1,\"a\":[true]}");
        ok(started);
        assertEquals("r1\n", started.out(), "the id alone, so that RUN=$(runledger run start) works");
        assertEquals("", started.err());

        JsonNode run = json(on(store, "run", "show", "r1", "--json").out());
        assertEquals(Set.of("run_id", "created_at", "args", "git_sha", "config_hash", "status", "finished_at", "labels"),
                DoctorTest.keys(run));
        assertEquals("{\"n\":2,\"target\":\"prod\"}", run.get("args").toString());
        assertEquals("ci", run.get("labels").get("env").asText());
        assertEquals("abc123", run.get("git_sha").asText());
        assertTrue(run.get("config_hash").asText().matches("[0-9a-f]{64}"), run.toString());
        assertEquals("running", run.get("status").asText());
        assertTrue(run.get("finished_at").isNull());

        Cli.Result list = on(store, "run", "list");
        ok(list);
        assertEquals(1, list.outLines().size(), list.toString());
        assertTrue(list.out().startsWith("r1  running    " + run.get("created_at").asText() + "  -  env=ci"), list.toString());

        Cli.Result finished = on(store, "run", "finish", "r1", "--status", "succeeded");
        ok(finished);
        assertTrue(finished.out().startsWith("r1  succeeded  "), finished.toString());

        Cli.Result shown = on(store, "run", "show", "r1");
        ok(shown);
        assertTrue(shown.outLines().contains("status      succeeded"), shown.toString());
        assertTrue(shown.outLines().contains("args        {\"n\":2,\"target\":\"prod\"}"), shown.toString());
        List<JsonNode> succeeded = jsonLines(on(store, "run", "list", "--status", "succeeded", "--label", "env=ci", "--json"));
        assertEquals(1, succeeded.size());
        assertFalse(succeeded.get(0).get("finished_at").isNull());
        assertEquals(List.of(), on(store, "run", "list", "--status", "running").outLines());
    }

    @Test
    void runStartWithoutAnIdPrintsTheGeneratedIdAloneAndCreatesAMissingStore() {
        String store = backend.freshLocation();

        Cli.Result started = on(store, "run", "start");

        ok(started);
        assertEquals(1, started.outLines().size(), started.toString());
        String id = started.outLines().get(0);
        assertTrue(id.matches("[0-9A-Z]{26}"), id);
        ok(on(store, "run", "show", id));
        Cli.Result second = on(store, "run", "start", "--json");
        ok(second);
        assertTrue(json(second.out()).get("run_id").asText().compareTo(id) > 0, "time-ordered ids");
    }

    @Test
    void listsPrintEveryRecordPageByPageOrTheLimit() {
        String store = migratedStore();
        for (int i = 0; i < 3; i++) {
            ok(on(store, "run", "start", "--id", "r" + i));
        }
        assertEquals(3, on(store, "run", "list").outLines().size());
        assertEquals(List.of("r0", "r1"), jsonLines(on(store, "run", "list", "--limit", "2", "--json")).stream()
                .map(node -> node.get("run_id").asText()).toList());
    }

    @Test
    void stepsAreStartedFinishedAndListed() {
        String store = migratedStore();
        ok(on(store, "run", "start", "--id", "r1"));

        Cli.Result build = on(store, "step", "start", "r1", "build", "--name", "Build it");
        ok(build);
        assertEquals("build\n", build.out());
        JsonNode running = json(on(store, "step", "start", "r1", "build", "--name", "Build it", "--json").out());
        assertEquals("running", running.get("status").asText(), "starting a running step again changes nothing");
        Cli.Result finished = on(store, "step", "finish", "r1", "build", "--status", "succeeded", "--stats-json", "{\"tests\":12}");
        ok(finished);
        assertTrue(finished.out().startsWith("build  succeeded  " + running.get("started_at").asText() + "  "), finished.toString());
        assertTrue(finished.out().strip().endsWith("  Build it  {\"tests\":12}"), finished.toString());
        ok(on(store, "step", "start", "r1", "test"));

        List<JsonNode> steps = jsonLines(on(store, "step", "list", "r1", "--json"));
        assertEquals(2, steps.size());
        assertEquals(Set.of("run_id", "step_id", "name", "status", "started_at", "finished_at", "stats"),
                DoctorTest.keys(steps.get(0)));
        assertEquals(List.of("build", "test"), steps.stream().map(s -> s.get("step_id").asText()).toList());
        assertEquals("{\"tests\":12}", steps.get(0).get("stats").toString());
        assertEquals("succeeded", steps.get(0).get("status").asText());
        assertEquals(running.get("started_at"), steps.get(0).get("started_at"));
        assertEquals("test", steps.get(1).get("name").asText(), "the name defaults to the step id");
        assertEquals("running", steps.get(1).get("status").asText());
        assertEquals(2, on(store, "step", "list", "r1").outLines().size());
    }

    @Test
    void auditQueryFiltersAndItsJsonLinesAreWhatAuditAppendReads() {
        String store = migratedStore();
        ok(on(store, "run", "start", "--id", "r1"));
        ok(onWithInput(store, event("e1", "r1", "info", "build") + event("e2", null, "warn", "deploy")
                + event("e3", "r1", "error", "deploy"), "audit", "append"));

        Cli.Result all = on(store, "audit", "query");
        ok(all);
        assertEquals(3, all.outLines().size());
        assertTrue(all.outLines().get(0).matches("\\S+Z  info   build  e  m  run=r1"), all.toString());
        assertEquals(List.of("e1", "e3"), ids(on(store, "audit", "query", "--run-id", "r1", "--json")));
        assertEquals(List.of("e2"), ids(on(store, "audit", "query", "--level", "warn", "--json")));
        assertEquals(List.of("e2", "e3"), ids(on(store, "audit", "query", "--scope", "deploy", "--json")));
        assertEquals(List.of("e1"), ids(on(store, "audit", "query", "--limit", "1", "--json")));
        assertEquals(List.of("e1", "e2", "e3"), ids(on(store, "audit", "query", "--event", "e", "--text", "m", "--json")));
        assertEquals(List.of(), ids(on(store, "audit", "query", "--event", "m", "--json")));
        assertEquals(List.of(), ids(on(store, "audit", "query", "--text", "M", "--json")), "the text match is case-sensitive");
        assertEquals(List.of(), ids(on(store, "audit", "query", "--until", "2000-01-01T00:00:00.000000Z", "--json")));

        Cli.Result exported = on(store, "audit", "query", "--json");
        String copy = migratedStore();
        ok(on(copy, "run", "start", "--id", "r1"));
        ok(onWithInput(copy, exported.out(), "audit", "append"));
        assertEquals(exported.out(), on(copy, "audit", "query", "--json").out());
    }

    private static List<String> ids(Cli.Result result) {
        ok(result);
        return jsonLines(result).stream().map(node -> node.get("event_id").asText()).toList();
    }

    @Test
    void aRepeatedStartWithTheSameContentSucceedsAndOtherContentIsDuplicateId() {
        String store = migratedStore();
        String[] start = {"run", "start", "--id", "r1", "--arg", "a=1", "--label", "env=ci", "--config-json", "{\"x\":1}"};
        Cli.Result first = on(store, start);
        ok(first);
        ok(on(store, "step", "start", "r1", "build"));
        String before = hash(store);

        Cli.Result again = on(store, start);
        ok(again);
        assertEquals(first.out(), again.out());
        ok(on(store, "step", "start", "r1", "build"));
        assertEquals(before, hash(store), "a retry stores nothing new");

        refused(on(store, "run", "start", "--id", "r1", "--arg", "a=2", "--label", "env=ci", "--config-json", "{\"x\":1}"),
                14, "duplicate_id");
        refused(on(store, "run", "start", "--id", "r1", "--arg", "a=1", "--label", "env=ci"), 14, "duplicate_id");
        refused(on(store, "step", "start", "r1", "build", "--name", "other"), 14, "duplicate_id");
        assertEquals(before, hash(store));
    }

    @Test
    void eachRefusalHasTheReasonAndExitCodeOfTheHttpApiAndChangesNothing() {
        String store = migratedStore();
        ok(on(store, "run", "start", "--id", "r1"));
        ok(on(store, "run", "start", "--id", "done"));
        ok(on(store, "run", "finish", "done", "--status", "failed"));
        ok(on(store, "step", "start", "r1", "build"));
        String before = hash(store);

        refused(on(store, "run", "show", "nope"), 13, "run_not_found");
        refused(on(store, "run", "finish", "nope", "--status", "failed"), 13, "run_not_found");
        refused(on(store, "step", "list", "nope"), 13, "run_not_found");
        refused(on(store, "step", "start", "nope", "build"), 13, "run_not_found");
        refused(on(store, "step", "finish", "r1", "nope", "--status", "failed"), 13, "step_not_found");
        refused(on(store, "run", "finish", "done", "--status", "succeeded"), 14, "invalid_status_transition");
        refused(on(store, "run", "finish", "r1", "--status", "running"), 14, "invalid_status_transition");
        refused(on(store, "step", "finish", "r1", "build", "--status", "skipped"), 14, "invalid_status_transition");
        refused(on(store, "run", "finish", "r1", "--status", "done"), 12, "validation_failed");
        refused(on(store, "step", "finish", "r1", "build", "--status", "ok"), 12, "validation_failed");
        refused(on(store, "run", "start", "--id", "bad id"), 12, "validation_failed");
        refused(on(store, "run", "start", "--args-json", "[1]"), 12, "validation_failed");
        refused(on(store, "run", "start", "--args-json", "{\"a\":"), 12, "malformed_json");
        refused(on(store, "run", "start", "--args-json", "{\"a\":1}", "--arg", "a=2"), 12, "validation_failed");
        refused(on(store, "run", "start", "--label", "env"), 12, "validation_failed");
        refused(on(store, "run", "start", "--git-sha", "x".repeat(256)), 12, "validation_failed");
        refused(on(store, "step", "finish", "r1", "build", "--status", "succeeded", "--stats-json", "1"), 12,
                "validation_failed");
        refused(on(store, "run", "list", "--label", "env"), 12, "validation_failed");
        refused(on(store, "audit", "query", "--level", "fatal"), 12, "validation_failed");
        refused(on(store, "audit", "query", "--since", "yesterday"), 12, "validation_failed");
        refused(on(store, "run", "list", "--limit", "0"), 2, "usage_error");
        refused(on(store, "run", "finish", "r1"), 2, "usage_error");
        refused(on(store, "audit", "query", "--follow", "--poll-ms", "1"), 2, "usage_error");
        assertEquals(before, hash(store), "a refused command changes nothing");
    }

    @Test
    void badInputCreatesNoStore() {
        String store = backend.freshLocation();
        refused(on(store, "run", "start", "--args-json", "[]"), 12, "validation_failed");
        assertFalse(backend.storeExists(store));
    }

    @Test
    void readCommandsAndCommandsOnExistingRecordsNeverCreateAStore() {
        String store = backend.freshLocation();
        List<List<String>> commands = List.of(List.of("run", "show", "r1"), List.of("run", "list"),
                List.of("step", "list", "r1"), List.of("audit", "query"), List.of("audit", "query", "--follow"),
                List.of("run", "finish", "r1", "--status", "failed"), List.of("step", "start", "r1", "s"),
                List.of("step", "finish", "r1", "s", "--status", "failed"));
        for (List<String> command : commands) {
            refused(on(store, command.toArray(String[]::new)), 3, "store_not_initialized");
            assertFalse(backend.storeExists(store), command + " created a store");
        }
    }

    @Test
    void followPrintsWhatIsStoredThenNewEventsUntilItsLimit() throws Exception {
        String store = migratedStore();
        ok(onWithInput(store, event("e1", null, "info", "s"), "audit", "append"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompletableFuture<Cli.Result> follow = CompletableFuture.supplyAsync(() -> cli().runWithInput(
                new ByteArrayInputStream(new byte[0]), out,
                args(store, "audit", "query", "--follow", "--json", "--limit", "2", "--poll-ms", "20")));

        await("the tail prints the stored event").atMost(Duration.ofSeconds(30))
                .until(() -> out.toString(StandardCharsets.UTF_8).contains("\"e1\""));
        ok(onWithInput(store, event("e2", null, "info", "s"), "audit", "append"));

        Cli.Result result = follow.get(30, TimeUnit.SECONDS);
        ok(result);
        assertEquals(List.of("e1", "e2"), ids(result));
    }
}
