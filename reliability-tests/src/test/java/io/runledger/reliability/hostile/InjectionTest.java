package io.runledger.reliability.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.runledger.reliability.Figures;
import io.runledger.testing.http.RawReply;
import io.runledger.testing.http.RawRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * SQL-injection, path-traversal, NUL, very long and odd Unicode strings in every id (run_id, step_id,
 * event_id) and every filter are data: an id the format admits is stored and read back unchanged, one
 * it forbids is {@code 400 validation_failed}; free text comes back byte for byte; a filter matches
 * exactly what it names; and afterwards the store is intact and holds exactly what was acknowledged.
 */
class InjectionTest {
    private final List<String> failures = new ArrayList<>();
    private int requests;
    private int stored;
    private int refused;

    @ParameterizedTest
    @EnumSource(Backend.class)
    void hostileStringsInIdsAndFiltersAreTreatedAsData(Backend backend) {
        HostileServer server = HostileServer.of(backend);
        String run = "inj-" + backend.name().toLowerCase(Locale.ROOT);
        expect(server, post("/v1/runs", ValidRequests.MAPPER.createObjectNode().put("run_id", run)), 201, "the run");
        for (int i = 0; i < HostileStrings.ALL.size(); i++) {
            String text = HostileStrings.ALL.get(i);
            String label = "#" + i + " " + BodyMutations.abbreviate(text.replace("\u0000", "\\0"));
            runIds(server, text, label);
            // docs/POSTGRES.md: PostgreSQL text cannot hold U+0000, so such text is refused there as
            // validation_failed (inside JSON values it is kept as an escape).
            boolean refusedText = backend == Backend.POSTGRES && text.contains("\u0000");
            stepsAndEvents(server, run, text, i, label, refusedText);
            filters(server, run, text, i, label, refusedText);
        }
        assertEquals(List.of(), failures);
        StoreLedger.Counts counts = StoreLedger.reconcile(server);
        RawReply doctor = server.send(RawRequest.of("GET", "/v1/store/check").bearer(Tokens.ADMIN));
        assertTrue(doctor.status() == 200 && doctor.json().path("ok").asBoolean(), doctor::abbreviated);
        Figures.record("hostile", "injection and traversal strings, " + backend.name().toLowerCase(Locale.ROOT),
                HostileStrings.ALL.size() + " hostile strings (SQL injection, ../ and %2e%2e%2f, NUL, 10 000 chars, "
                        + "bidi/zero-width/emoji) as run_id, step_id, event_id, 8 filters and free text",
                requests, stored + " stored and read back byte for byte, " + refused + " refused validation_failed",
                "0 mismatches; doctor ok (tables intact); store = acknowledged (" + counts.runs() + " runs, "
                        + counts.steps() + " steps, " + counts.events() + " events)");
    }

    private void runIds(HostileServer server, String text, String label) {
        boolean valid = HostileStrings.validId(text);
        expect(server, post("/v1/runs", ValidRequests.MAPPER.createObjectNode().put("run_id", text)), valid ? 201 : 400,
                "run_id " + label);
        if (!text.isEmpty()) {
            RawReply read = expect(server, get("/v1/runs/" + encode(text)), valid ? 200 : tooLong(text) ? 414 : 400,
                    "GET run " + label);
            if (valid) {
                same(text, read.json().path("run_id").asText(), "run_id read back " + label);
            }
        }
    }

    private void stepsAndEvents(HostileServer server, String run, String text, int i, String label, boolean refusedText) {
        boolean valid = HostileStrings.validId(text);
        expect(server, post("/v1/runs/" + run + "/steps", ValidRequests.MAPPER.createObjectNode()
                .put("step_id", text).put("name", "n")), valid ? 201 : 400, "step_id " + label);
        expect(server, post("/v1/runs/" + run + "/steps", ValidRequests.MAPPER.createObjectNode()
                .put("step_id", "st-" + i).put("name", text)), refusedText ? 400 : 201, "step name " + label);
        ObjectNode events = ValidRequests.MAPPER.createObjectNode();
        events.putArray("events").add(event("ev-ok-" + run + "-" + i, run, "inj")).add(event(text, run, "inj"));
        expect(server, post("/v1/audit", events), valid ? 201 : 400, "event_id " + label + " in a batch");
        ObjectNode free = ValidRequests.MAPPER.createObjectNode();
        free.putArray("events").add(event("ev-text-" + run + "-" + i, run, text));
        // docs/HTTP.md: a scope (the text is the event's scope too) over 1,024 bytes is refused on every backend.
        boolean overScopeLimit = text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 1024;
        expect(server, post("/v1/audit", free), refusedText || overScopeLimit ? 400 : 201, "free text " + label);
        ObjectNode inData = ValidRequests.MAPPER.createObjectNode();
        ObjectNode dataEvent = event("ev-data-" + run + "-" + i, run, "inj-data");
        dataEvent.putObject("data").put(text, text);
        inData.putArray("events").add(dataEvent);
        JsonNode stored = expect(server, post("/v1/audit", inData), 201, "JSON data " + label).json();
        same(text, stored.path("items").path(0).path("data").path(text).asText(), "data as stored " + label);
    }

    private void filters(HostileServer server, String run, String text, int i, String label, boolean refusedText) {
        String encoded = encode(text);
        boolean tooLong = tooLong(text);
        if (refusedText) {
            expect(server, get("/v1/audit?run_id=" + run + "&scope=" + encoded), 400, "scope filter " + label);
            expect(server, get("/v1/runs?label=inj" + i + "=" + encoded), 400, "label value " + label);
        } else if (!text.isEmpty() && !tooLong) {
            JsonNode items = expect(server, get("/v1/audit?run_id=" + run + "&scope=" + encoded), 200, "scope filter " + label)
                    .json().path("items");
            same(1, items.size(), "scope filter matches exactly one event " + label);
            items.forEach(item -> {
                for (String field : List.of("scope", "event", "message")) {
                    same(text, item.path(field).asText(), field + " read back " + label);
                }
                same(text, item.path("data").path(text).asText(), "data read back " + label);
            });
            JsonNode steps = expect(server, get("/v1/runs/" + run + "/steps?limit=1000"), 200, "steps " + label).json();
            steps.path("items").forEach(step -> {
                if (step.path("step_id").asText().equals("st-" + i)) {
                    same(text, step.path("name").asText(), "step name read back " + label);
                }
            });
            String labelled = "lab-" + run + "-" + i;
            ObjectNode labelledRun = ValidRequests.MAPPER.createObjectNode().put("run_id", labelled);
            labelledRun.putObject("labels").put("inj" + i, text).put(text.contains("=") ? "k" + i : text, "v" + i);
            expect(server, post("/v1/runs", labelledRun), 201, "labels " + label);
            JsonNode byValue = expect(server, get("/v1/runs?label=inj" + i + "=" + encoded), 200, "label value " + label).json();
            same(List.of(labelled), ids(byValue), "label value filter " + label);
            if (!text.contains("=")) {
                JsonNode byName = expect(server, get("/v1/runs?label=" + encoded + "=v" + i), 200, "label name " + label).json();
                same(List.of(labelled), ids(byName), "label name filter " + label);
            }
        }
        boolean valid = HostileStrings.validId(text);
        int bad = tooLong ? 414 : 400;
        expect(server, get("/v1/audit?run_id=" + encoded), valid ? 200 : bad, "run_id filter " + label);
        expect(server, get("/v1/runs?status=" + encoded), bad, "status filter " + label);
        expect(server, get("/v1/audit?level=" + encoded), bad, "level filter " + label);
        expect(server, get("/v1/audit?since=" + encoded), bad, "since filter " + label);
        expect(server, get("/v1/audit?until=" + encoded), bad, "until filter " + label);
        expect(server, get("/v1/runs?limit=" + encoded), bad, "limit " + label);
        expect(server, get("/v1/runs?cursor=" + encoded), bad, "cursor " + label);
    }

    private RawReply expect(HostileServer server, RawRequest request, int status, String what) {
        RawReply reply = server.send(request);
        requests++;
        String reason = Answers.check(request, reply);
        if (reply.status() != status) {
            failures.add(what + ": expected " + status + ", got " + reply.abbreviated());
        } else if (status == 400 && !reason.equals("validation_failed")) {
            failures.add(what + ": refused with " + reason + " instead of validation_failed");
        } else if (request.method().equals("POST")) {
            stored += status / 100 == 2 ? 1 : 0;
            refused += status == 400 ? 1 : 0;
        }
        return reply;
    }

    private void same(Object expected, Object actual, String what) {
        if (!expected.equals(actual)) {
            failures.add(what + ": expected " + expected + ", got " + actual);
        }
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("run_id").asText()));
        return ids;
    }

    private static ObjectNode event(String id, String run, String text) {
        ObjectNode event = ValidRequests.MAPPER.createObjectNode().put("event_id", id).put("level", "info")
                .put("scope", text).put("event", text).put("message", text).put("run_id", run);
        event.putObject("data").put(text, text);
        return event;
    }

    private static RawRequest post(String path, ObjectNode body) {
        return RawRequest.of("POST", path).json(body.toString()).bearer(Tokens.WRITE);
    }

    private static RawRequest get(String target) {
        return RawRequest.of("GET", target).bearer(Tokens.READ);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Jetty's request-line limit (8 KiB) answers 414 before any route runs. */
    private static boolean tooLong(String text) {
        return encode(text).length() > 7_000;
    }
}
