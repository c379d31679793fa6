package io.runledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code audit prune} on every backend: archive first, verified, then delete exactly the archived events. */
abstract class AuditPruneContract extends AuditPruneBase {
    @Test
    void aDryRunPrintsWhatWouldBePrunedAndWritesNothing() {
        String location = storeWithHistory();
        List<String> before = backend.snapshot(location);
        Path archive = dir.resolve("archive.jsonl");

        Cli.Result result = on(location, "audit", "prune", "--before", BEFORE, "--archive", archive.toString(), "--dry-run");

        ok(result);
        assertTrue(result.out().contains("Would prune 2 audit events"), result.toString());
        assertTrue(result.out().contains("kept 1 of running runs"), result.toString());
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
        assertTrue(result.out().contains("\"events\":2"), result.toString());
        assertEquals(List.of("e2", "e4", "e5"), events(location), "old events of the running run and new events stay");
        String empty = backend.freshLocation();
        ok(on(empty, "store", "import", "--in", archive.toString()));
        assertEquals(PRUNED, events(empty));
        String archiveHash = result.out().replaceAll("(?s).*\"archive_hash\":\"([^\"]+)\".*", "$1").trim();
        assertEquals(archiveHash, hash(empty), "the recorded hash is the archive's content hash");
        Cli.Result doctor = on(location, "doctor");
        ok(doctor);
        assertTrue(doctor.out().contains("last prune") && doctor.out().contains("2 events")
                && doctor.out().contains(archiveHash), doctor.toString());
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
}
