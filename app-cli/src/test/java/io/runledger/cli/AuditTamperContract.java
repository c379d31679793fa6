package io.runledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Tampering from outside the program (docs/AUDIT_CHAIN.md "Tampering, and what catches
 * it"): events e1 … e5 are appended through the CLI, then changed with the store's own tools — the
 * database's command-line client, or a text edit of the JSON store's journal with its line checksum
 * recomputed — and {@code audit verify} reports each change at its exact position ({@code --json}), or,
 * when the attacker also rewinds the head, {@code audit verify --head} with a head kept before does;
 * always {@code audit_chain_broken}, exit 7. Written once; each backend supplies the tools.
 */
abstract class AuditTamperContract extends CliContract {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A store holding e1 … e5 at positions 1 … 5, appended through the product. */
    String storeWithFiveEvents() {
        String location = migratedStore();
        ok(onWithInput(location, IntStream.rangeClosed(1, 5).mapToObj(AuditTamperContract::event).collect(Collectors.joining()),
                "audit", "append"));
        return location;
    }

    static String event(int i) {
        return "{\"event_id\":\"e" + i + "\",\"level\":\"info\",\"scope\":\"ci\",\"event\":\"noted\",\"message\":\"event " + i + "\"}\n";
    }

    /** Sets the message of the event at {@code seq}, leaving its chain as stored. */
    abstract void editMessage(String location, long seq, String message);

    /** Deletes the event at {@code seq}. */
    abstract void deleteEvent(String location, long seq);

    /** Lets the events at {@code a} and {@code b} trade places; each position keeps its {@code seq} and chain value. */
    abstract void swapEvents(String location, long a, long b);

    /** Deletes every event after {@code keep}, recomputing nothing (a head recorded apart from the events stays). */
    abstract void cutTail(String location, long keep);

    /** Moves a head recorded apart from the events back to {@code keep} and its chain, if the store records one. */
    abstract void rewindHead(String location, long keep);

    /** Whether the store records its head apart from its events (SQL's head row); the JSON store's head is its last event. */
    abstract boolean recordsHeadApart();

    @Test
    void aMessageChangedWithTheStoresOwnToolIsContentChangedAtItsPosition() throws Exception {
        String location = storeWithFiveEvents();
        editMessage(location, 3, "event 3, edited");

        assertBroken(location, 3, "content_changed", "e3", 2);
    }

    @Test
    void aDeletedEventIsPositionMissingAtItsPosition() throws Exception {
        String location = storeWithFiveEvents();
        deleteEvent(location, 2);

        assertBroken(location, 2, "position_missing", "e3", 1);
    }

    @Test
    void twoEventsThatTradedPlacesAreCaughtAtTheFirstOfThem() throws Exception {
        String location = storeWithFiveEvents();
        swapEvents(location, 2, 4);

        assertBroken(location, 2, "content_changed", "e4", 1);
    }

    @Test
    void aTailCutBelowTheRecordedHeadIsPositionMissingAfterTheLastKeptEvent() throws Exception {
        Assumptions.assumeTrue(recordsHeadApart(),
                () -> "skipped: backend " + backend.backend() + " records no head apart from its events (its head is its last event)");
        String location = storeWithFiveEvents();
        cutTail(location, 3);

        assertBroken(location, 4, "position_missing", null, 3);
    }

    @Test
    void aTailCutWithTheHeadRewoundPassesAloneButNotAgainstAHeadKeptBefore() throws Exception {
        String location = storeWithFiveEvents();
        Path kept = dir.resolve("kept-head.json");
        Cli.Result head = on(location, "audit", "head", "--json");
        ok(head);
        Files.writeString(kept, head.out());
        cutTail(location, 3);
        rewindHead(location, 3);

        Cli.Result alone = on(location, "audit", "verify", "--json");
        ok(alone);
        assertEquals(3, json(alone).get("seq").asLong(), "the chain that is left verifies by itself: " + alone);

        Cli.Result withHead = on(location, "audit", "verify", "--head", kept.toString());
        refused(withHead, 7, "audit_chain_broken");
        assertTrue(withHead.err().contains("the kept head is seq 5, but this store's chain ends at seq 3"), withHead.toString());
    }

    /** {@code audit verify} and its {@code --json} form both report the break at {@code seq}, exit 7. */
    void assertBroken(String location, long seq, String what, String eventId, long verified) throws Exception {
        Cli.Result text = on(location, "audit", "verify");
        refused(text, 7, "audit_chain_broken");
        assertTrue(text.err().contains("broken at seq " + seq) && text.err().contains(": " + what), text.toString());

        Cli.Result asJson = on(location, "audit", "verify", "--json");
        assertEquals(7, asJson.exitCode(), asJson.toString());
        JsonNode report = json(asJson);
        assertEquals(seq, report.get("broken_seq").asLong(), asJson.toString());
        assertEquals(what, report.get("broken").asText(), asJson.toString());
        assertEquals(eventId, report.get("broken_event_id").textValue(), asJson.toString());
        assertEquals(verified, report.get("verified").asLong(), "the positions before it verified: " + asJson);
    }

    private static JsonNode json(Cli.Result result) throws Exception {
        return JSON.readTree(result.outLines().get(0));
    }
}
