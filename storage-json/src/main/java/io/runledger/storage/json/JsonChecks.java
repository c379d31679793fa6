package io.runledger.storage.json;

import io.runledger.format.record.ExportHeader;
import io.runledger.format.record.RecordCounts;
import io.runledger.storage.api.AuditPrunes;
import io.runledger.storage.api.Check;
import io.runledger.storage.api.Timestamps;
import io.runledger.storage.json.files.IoFailures;
import io.runledger.storage.json.files.StoreFiles;
import io.runledger.storage.json.journal.JournalScan;
import io.runledger.storage.json.snapshot.PruneFile;
import io.runledger.storage.json.snapshot.SnapshotScan;
import io.runledger.storage.support.LockFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The checks {@code doctor} and {@code db check} show for a JSON store, read without the lock: the
 * snapshot verified against its trailer, the journal replayed over it, its tail, the last compaction
 * and who holds the lock. Damage is raised as {@code store_corrupt} (file and line), and a snapshot or
 * journal of another format or version as {@code schema_drift}, not reported as a check.
 */
final class JsonChecks {
    private JsonChecks() {
    }

    static List<Check> run(StoreFiles files, JsonOptions options) {
        LoadedStore store = StoreLoader.load(files, false);
        SnapshotScan snapshot = store.snapshot();
        JournalScan journal = store.journal();
        RecordCounts counts = store.ledger().counts();
        List<Check> checks = new ArrayList<>();
        checks.add(new Check("snapshot", true, files.snapshot().getFileName() + ": " + snapshot.bytes() + " bytes, content hash "
                + snapshot.contentHash() + " verified against the trailer; " + counts.runs() + " runs, "
                + counts.steps() + " steps, " + counts.audit() + " audit events in total"));
        checks.add(new Check("journal", true, journalDetail(journal, options, snapshot.bytes())));
        checks.add(new Check(Check.SCHEMA_DRIFT, true, "none: " + files.snapshot().getFileName() + " is "
                + ExportHeader.FORMAT + " format_version " + ExportHeader.FORMAT_VERSION + " at schema version "
                + snapshot.header().schemaVersion() + (journal.state() == JournalScan.State.MISSING ? ""
                : ", and the journal's header is of the format this runledger writes")));
        checks.add(new Check("last_compaction", true, Timestamps.format(snapshot.header().exportedAt())));
        checks.add(new Check("journal_tail", true, tailDetail(files, journal)));
        checks.add(new Check("lock", true, LockFile.holder(files.lock()).orElse("free")));
        checks.add(committedPrunes(files, snapshot).check());
        return checks;
    }

    /** The committed prune records: those whose snapshot the current one is, or follows. */
    static AuditPrunes committedPrunes(StoreFiles files, SnapshotScan snapshot) {
        try {
            return new AuditPrunes(PruneFile.read(files.prunes()).stream()
                    .filter(line -> line.committedBy(snapshot.header().exportedAt())).map(PruneFile.Line::prune).toList());
        } catch (IOException e) {
            throw IoFailures.translate("read the prune records " + files.prunes(), e);
        }
    }

    private static String journalDetail(JournalScan journal, JsonOptions options, long snapshotBytes) {
        return switch (journal.state()) {
            case MISSING -> "none: nothing written since the last compaction; the next write starts one";
            case STALE -> "already folded into the snapshot by a compaction that was interrupted; ignored, and replaced by the next write";
            case CURRENT, AHEAD -> journal.entries() + " entries, " + journal.bytes() + " bytes; compacts at "
                    + Math.max(options.compactAfterBytes(), snapshotBytes) + " bytes";
        };
    }

    private static String tailDetail(StoreFiles files, JournalScan journal) {
        String now = journal.torn().map(t -> "torn final line " + t.line() + " (" + t.bytes() + " bytes: " + t.why()
                + ") is an unacknowledged write and is ignored; the next write starts a new journal and keeps this one aside"
                + " (if the store is open, its writer may simply be in the middle of it)").orElse("clean");
        List<String> kept = keptTornJournals(files);
        return kept.isEmpty() ? now : now + "; earlier torn journals kept: " + String.join(", ", kept);
    }

    private static List<String> keptTornJournals(StoreFiles files) {
        String prefix = files.journal().getFileName() + ".torn-";
        try (Stream<Path> siblings = Files.list(files.directory())) {
            return siblings.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(prefix)).sorted().toList();
        } catch (IOException e) {
            return List.of("(cannot list " + files.directory() + ": " + e.getMessage() + ")");
        }
    }
}
