package io.runledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * {@code audit verify} on every backend: an intact chain prints its head; a change made from outside
 * Runledger (an edited message, a deleted event, with the file's own checksums recomputed on the JSON
 * store) is reported at its exact position with the event id, exit 7 ({@code audit_chain_broken}).
 */
abstract class AuditVerifyContract extends CliContract {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A store holding events e1 … e5, appended in one batch: they hold positions 1 … 5. */
    private String storeWithFiveEvents() {
        String location = migratedStore();
        String events = IntStream.rangeClosed(1, 5).mapToObj(i -> "{\"event_id\":\"e" + i + "\",\"level\":\"info\","
                + "\"scope\":\"ci\",\"event\":\"noted\",\"message\":\"event " + i + "\"}\n").collect(Collectors.joining());
        ok(onWithInput(location, events, "audit", "append"));
        return location;
    }

    private static JsonNode json(Cli.Result result) throws Exception {
        return JSON.readTree(result.outLines().get(0));
    }

    @Test
    void anIntactChainVerifiesAndPrintsItsHead() throws Exception {
        String location = storeWithFiveEvents();

        Cli.Result text = on(location, "audit", "verify");
        Cli.Result asJson = on(location, "audit", "verify", "--json");

        ok(text);
        assertTrue(text.out().startsWith("audit chain intact: 5 events verified; head seq 5 chain "), text.toString());
        ok(asJson);
        JsonNode head = oneJsonObject(asJson);
        assertTrue(head.get("ok").asBoolean() && head.get("reason").isNull(), asJson.toString());
        assertEquals(5, head.get("seq").asLong(), asJson.toString());
        assertTrue(head.get("chain").asText().matches("[0-9a-f]{64}"), asJson.toString());
        assertTrue(head.get("ts").asText().endsWith("Z"), asJson.toString());
        assertTrue(head.get("broken").isNull(), asJson.toString());
        assertTrue(text.out().contains(head.get("chain").asText()), "both forms name the same head");
    }

    @Test
    void changesFromOutsideAreReportedAtTheFirstBrokenPositionWithTheEventId() throws Exception {
        String location = storeWithFiveEvents();
        backend.tamperAuditMessage(location, "e4", "event 4, edited");

        Cli.Result changed = on(location, "audit", "verify");
        Cli.Result asJson = on(location, "audit", "verify", "--json");

        refused(changed, 7, "audit_chain_broken");
        assertTrue(changed.err().contains("seq 4 (event e4): content_changed"), changed.toString());
        JsonNode report = refusedAsJson(asJson, 7, "audit_chain_broken");
        assertEquals(4, report.get("broken_seq").asLong(), asJson.toString());
        assertEquals("content_changed", report.get("broken").asText());
        assertEquals("e4", report.get("broken_event_id").asText());
        assertEquals(3, report.get("verified").asLong(), "the events before it verified");

        backend.deleteAuditEvent(location, "e2");
        Cli.Result missing = on(location, "audit", "verify");

        refused(missing, 7, "audit_chain_broken");
        assertTrue(missing.err().contains("seq 2: position_missing"), missing.toString());
        assertTrue(missing.err().contains("e3"), "names the next stored event: " + missing);
    }

    @Test
    void doctorVerifiesTheChainWithinItsBudgetAndFailsWithTheBreak() throws Exception {
        String location = storeWithFiveEvents();
        Cli.Result healthy = on(location, "doctor");
        ok(healthy);
        assertTrue(healthy.out().contains("[ok  ] audit_chain: verified 1..5 of 5 in "), healthy.toString());

        backend.tamperAuditMessage(location, "e4", "event 4, edited");
        Cli.Result broken = on(location, "doctor", "--json");

        assertEquals(7, broken.exitCode(), broken.toString());
        JsonNode report = json(broken);
        assertEquals("audit_chain_broken", report.get("reason").asText(), broken.toString());
        JsonNode check = report.get("checks").get(report.get("checks").size() - 1);
        assertEquals("audit_chain", check.get("name").asText());
        assertTrue(check.get("detail").asText().contains("seq 4 (event e4): content_changed"), check.toString());
    }

    @Test
    void doctorSaysHowFarItGotWhenItsTimeBudgetRunsOut() {
        String location = migratedStore();
        String events = IntStream.rangeClosed(1, 1_001).mapToObj(i -> "{\"event_id\":\"b" + i + "\",\"level\":\"info\","
                + "\"scope\":\"ci\",\"event\":\"noted\",\"message\":\"bulk\"}\n").collect(Collectors.joining());
        ok(onWithInput(location, events, "audit", "append"));

        Cli.Result bounded = on(location, "doctor", "--chain-budget-ms", "0");

        ok(bounded);
        assertTrue(bounded.out().contains("audit_chain: verified 1..1000 of 1001 in "), bounded.toString());
        assertTrue(bounded.out().contains("the time budget of 0 ms (audit.verify_budget_ms) ran out"), bounded.toString());
        refused(on(location, "doctor", "--chain-budget-ms", "-1"), 2, "config_invalid");
    }
}
