package io.runledger.cli;

import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.AuditLevel;
import io.runledger.storage.api.CanonicalJson;
import io.runledger.storage.api.EventId;
import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.api.Run;
import io.runledger.storage.api.RunId;
import io.runledger.storage.api.RunStatus;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the {@code audit prune} contracts share: a store with history, and the events a store holds. */
abstract class AuditPruneBase extends CliContract {
    /**
     * The events {@link #storeWithHistory()} holds (at positions 1 to 5, in this order), and those a prune
     * before {@link #BEFORE} takes: the prefix up to e2, which is old but of the running run.
     */
    static final List<String> ALL = List.of("e1", "e2", "e3", "e4", "e5");
    static final List<String> PRUNED = List.of("e1");

    static final String BEFORE = "2026-01-10T00:00:00.000000Z";

    private static Instant day(int day) {
        return Instant.parse(String.format("2026-01-%02dT00:00:00Z", day));
    }

    private static Run run(String id, RunStatus status) {
        return new Run(new RunId(id), day(1), CanonicalJson.EMPTY_OBJECT, Optional.empty(), Optional.empty(), status,
                status == RunStatus.RUNNING ? Optional.empty() : Optional.of(day(2)), Map.of());
    }

    private static AuditEvent event(String id, Optional<String> run, int day) {
        return new AuditEvent(new EventId(id), day(day), AuditLevel.INFO, run.map(RunId::new), "job", "noted",
                "event " + id, CanonicalJson.EMPTY_OBJECT);
    }

    /** A store with a finished and a running run, old and new events of each, and old and new events of no run. */
    final String storeWithHistory() {
        String location = migratedStore();
        List<LedgerRecord> records = new ArrayList<>(List.of(run("done", RunStatus.SUCCEEDED), run("live", RunStatus.RUNNING)));
        records.addAll(List.of(event("e1", Optional.of("done"), 3), event("e2", Optional.of("live"), 3),
                event("e3", Optional.empty(), 4), event("e4", Optional.of("done"), 20), event("e5", Optional.empty(), 21)));
        ok(on(location, "store", "import", "--in", ExportFiles.write(dir.resolve("history.jsonl"), records).toString()));
        return location;
    }

    /** The event ids the store at {@code location} (or an export file's store) holds, in event id order. */
    final List<String> events(String location) {
        Path export = dir.resolve("export-" + System.nanoTime() + ".jsonl");
        ok(on(location, "store", "export", "--out", export.toString()));
        return ExportFiles.lines(export).stream().filter(l -> l.contains("\"type\":\"audit\""))
                .map(l -> l.replaceAll(".*\"event_id\":\"([^\"]+)\".*", "$1")).toList();
    }
}
