package io.runledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code audit prune} on every backend: archive first, verified, then delete exactly the archived events,
 * a prefix of the audit chain, leaving the anchor from which {@code audit verify} starts.
 */
abstract class AuditPruneContract extends AuditPruneBase {
    @Test
    void aDryRunPrintsWhatWouldBePrunedAndWritesNothing() {
        String location = storeWithHistory();
        List<String> before = backend.snapshot(location);
        Path archive = dir.resolve("archive.jsonl");

        Cli.Result result = on(location, "audit", "prune", "--before", BEFORE, "--archive", archive.toString(), "--dry-run");

        ok(result);
        assertTrue(result.out().contains("Would prune 1 audit event before"), result.toString());
        assertTrue(result.out().contains("anchor seq 1 chain "), result.toString());
        assertTrue(result.out().contains("kept 1 of running runs; kept 1 more behind a position that stays"), result.toString());
        assertFalse(Files.exists(archive));
        assertEquals(before, backend.snapshot(location), "nothing was written");
        assertTrue(on(location, "doctor").out().contains("none: the audit log holds every event"), "no prune recorded");
    }

    @Test
    void aPruneArchivesAndDeletesExactlyTheSelectedEventsAndTheArchiveImportsOnItsOwn() {
        String location = storeWithHistory();
        Path archive = dir.resolve("archive.jsonl");

        Cli.Result result = on(location, "audit", "prune", "--before", BEFORE, "--archive", archive.toString(), "--json");

        ok(result);
        assertTrue(result.out().contains("\"events\":1"), result.toString());
        assertTrue(result.out().contains("\"kept_running\":1") && result.out().contains("\"kept_behind\":1")
                && result.out().contains("\"anchor_seq\":1"), result.toString());
        assertEquals(List.of("e2", "e3", "e4", "e5"), events(location),
                "the old event of the running run stays, and so does the old one after it: only a prefix is pruned");
        String empty = backend.freshLocation();
        ok(on(empty, "store", "import", "--in", archive.toString()));
        assertEquals(PRUNED, events(empty));
        String archiveHash = result.out().replaceAll("(?s).*\"archive_hash\":\"([^\"]+)\".*", "$1").trim();
        assertEquals(archiveHash, hash(empty), "the recorded hash is the archive's content hash");
        Cli.Result doctor = on(location, "doctor");
        ok(doctor);
        assertTrue(doctor.out().contains("last prune") && doctor.out().contains(": 1 event with ts")
                && doctor.out().contains(archiveHash) && doctor.out().contains("the audit chain continues after seq 1"),
                doctor.toString());
    }

    @Test
    void eventsOfRunningRunsArePrunedOnlyWithIncludeRunning() {
        String location = storeWithHistory();

        ok(on(location, "audit", "prune", "--before", BEFORE, "--archive", dir.resolve("a.jsonl").toString(),
                "--include-running"));

        assertEquals(List.of("e4", "e5"), events(location));
    }

    @Test
    void anExistingArchiveIsRefusedWithExit8AndNothingIsDeleted() throws Exception {
        String location = storeWithHistory();
        Path archive = Files.writeString(dir.resolve("archive.jsonl"), "mine\n");

        Cli.Result result = on(location, "audit", "prune", "--before", BEFORE, "--archive", archive.toString());

        assertEquals(8, result.exitCode(), result.toString());
        assertTrue(result.err().contains("backup_target_exists"), result.toString());
        assertEquals("mine\n", Files.readString(archive));
        assertEquals(ALL, events(location));
    }

    @Test
    void afterAPruneVerifyStartsFromItsAnchorAndStillCatchesADeletedFirstKeptEvent() throws Exception {
        String location = storeWithHistory();
        Path archive = dir.resolve("archive.jsonl");
        JsonNode pruned = json(on(location, "audit", "prune", "--before", BEFORE, "--archive", archive.toString(),
                "--include-running", "--json"));
        assertEquals(3, pruned.get("anchor_seq").asLong(), pruned.toString());

        Cli.Result text = on(location, "audit", "verify", "--archive", archive.toString());
        JsonNode verdict = json(on(location, "audit", "verify", "--archive", archive.toString(), "--json"));

        ok(text);
        assertTrue(text.out().contains("2 events verified after position 3")
                && text.out().contains("from the prune anchor seq 3 chain " + pruned.get("anchor_chain").asText()), text.toString());
        assertTrue(text.out().contains("matches prune " + pruned.get("prune_id").asText()), text.toString());
        assertEquals(3, verdict.get("from").asLong(), verdict.toString());
        assertEquals(pruned.get("anchor_chain").asText(), verdict.get("anchor_chain").asText());
        assertEquals(pruned.get("archive_hash").asText(), verdict.get("anchor_archive_hash").asText());
        assertEquals(pruned.get("prune_id"), verdict.get("archives").get(0).get("prune_id"), verdict.toString());

        backend.deleteAuditEvent(location, "e4");
        Cli.Result missing = on(location, "audit", "verify");

        refused(missing, 7, "audit_chain_broken");
        assertTrue(missing.err().contains("seq 4: position_missing"), missing.toString());
    }

    @Test
    void anAnchorMovedOverADeletedEventIsCaughtByThePruneRecordsOrWithItsCountForgedTooByTheArchive() {
        String moved = prunedStore(dir.resolve("a.jsonl"));
        Path archive = dir.resolve("b.jsonl");
        String recounted = prunedStore(archive);

        backend.hideBehindPruneAnchor(moved, "e4", false);
        backend.hideBehindPruneAnchor(recounted, "e4", true);
        Cli.Result disagrees = on(moved, "audit", "verify");
        Cli.Result agrees = on(recounted, "audit", "verify");
        Cli.Result withArchive = on(recounted, "audit", "verify", "--archive", archive.toString());

        refused(disagrees, 7, "audit_chain_broken");
        assertTrue(disagrees.err().contains("seq 4: anchor_mismatch"), disagrees.toString());
        ok(agrees);
        assertTrue(agrees.out().contains("from the prune anchor seq 4"), "the records agree; the anchor is shown: " + agrees);
        refused(withArchive, 7, "audit_chain_broken");
        assertTrue(withArchive.err().contains("anchor_mismatch") && withArchive.err().contains("holds 3"), withArchive.toString());
        Cli.Result asJson = on(recounted, "audit", "verify", "--archive", archive.toString(), "--json");
        JsonNode report = refusedAsJson(asJson, 7, "audit_chain_broken");
        assertTrue(report.get("problem").asText().startsWith("anchor_mismatch: "), asJson.toString());
        assertTrue(report.get("archives").isEmpty(), "no archive matched: " + asJson);
    }

    /** A {@link #storeWithHistory()} whose old events e1 … e3 (positions 1 to 3) were pruned into {@code archive}. */
    private String prunedStore(Path archive) {
        String location = storeWithHistory();
        ok(on(location, "audit", "prune", "--before", BEFORE, "--archive", archive.toString(), "--include-running"));
        return location;
    }

    private static JsonNode json(Cli.Result result) throws Exception {
        ok(result);
        return new ObjectMapper().readTree(result.outLines().get(0));
    }
}
