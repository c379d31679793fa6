package io.runledger.domain.transfer;

import io.runledger.format.record.ExportHeader;
import io.runledger.format.record.ExportSummary;
import io.runledger.format.record.ExportWriter;
import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.AuditFilter;
import io.runledger.storage.api.AuditPrune;
import io.runledger.storage.api.ChainAnchor;
import io.runledger.storage.api.ChainLink;
import io.runledger.storage.api.ChainedEvent;
import io.runledger.storage.api.EventId;
import io.runledger.storage.api.Page;
import io.runledger.storage.api.PageRequest;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.Run;
import io.runledger.storage.api.RunId;
import io.runledger.storage.api.RunStatus;
import io.runledger.storage.api.Step;
import io.runledger.storage.api.Store;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.TestCrashPoint;
import io.runledger.storage.api.Timestamps;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * {@code audit prune}: archive first, then delete. The selected events, a prefix of the audit chain
 * (with the runs they name and those runs' steps as context), are written as an export file under a
 * temporary name, read back and checked against the written counts and content hash, published
 * durably, and only then deleted — by event id, never by running the selection again — in one
 * transaction with the prune record and its anchor. Killed at any point, every event is still in the
 * store or in a verified archive.
 */
public final class AuditPruning {
    /** Test-only crash point ({@link TestCrashPoint}): the archive is complete under its temporary name, unverified, unpublished. */
    public static final String ARCHIVE_WRITTEN = "prune-archive-written";
    /** Test-only crash point: the archive is verified and published, nothing is deleted yet. */
    public static final String ARCHIVE_VERIFIED = "prune-archive-verified";
    /** Test-only crash point (in the adapters): inside the delete transaction, before it commits. */
    public static final String INSIDE_DELETE = "prune-inside-delete";
    private static final int PAGE = 1_000;

    private final Store store;
    private final String backend;
    private final int schemaVersion;
    private final Supplier<String> pruneIds;
    private final Clock clock;

    /** Prunes of {@code store} (a {@code backend} store at {@code schemaVersion}); ids for records come from {@code pruneIds}. */
    public AuditPruning(Store store, String backend, int schemaVersion, Supplier<String> pruneIds, Clock clock) {
        this.store = store;
        this.backend = backend;
        this.schemaVersion = schemaVersion;
        this.pruneIds = pruneIds;
        this.clock = clock;
    }

    /**
     * The events a prune before {@code before} takes: the longest prefix of the audit chain (from the
     * first stored position on) whose events all have {@code ts < before} and, unless
     * {@code includeRunning}, none belongs to a running run. Older events after the first one that stays
     * are kept, and counted.
     */
    public PruneSelection select(Instant before, boolean includeRunning) {
        Map<String, Run> runs = new TreeMap<>();
        List<ChainedEvent> prefix = new ArrayList<>();
        long after = 0;
        boolean open = true;
        while (open) {
            List<ChainedEvent> page = store.auditHistory().after(after, PAGE);
            for (int i = 0; open && i < page.size(); i++) {
                AuditEvent event = page.get(i).event();
                open = event.ts().isBefore(before) && (includeRunning || !running(event, runs));
                if (open) {
                    prefix.add(page.get(i));
                }
            }
            open &= !page.isEmpty();
            after = page.isEmpty() ? after : page.get(page.size() - 1).link().seq();
        }
        Set<String> taken = prefix.stream().map(c -> c.event().eventId().value()).collect(Collectors.toSet());
        long keptRunning = 0;
        long keptBehind = 0;
        AuditFilter older = new AuditFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(before));
        Optional<String> from = Optional.empty();
        do {
            Page<AuditEvent> page = store.auditLog().find(older, new PageRequest(PAGE, from));
            for (AuditEvent event : page.items()) {
                if (!taken.contains(event.eventId().value())) {
                    if (running(event, runs)) {
                        keptRunning++;
                    } else {
                        keptBehind++;
                    }
                }
            }
            from = page.nextAfter();
        } while (from.isPresent());
        List<Run> context = prefix.stream().flatMap(c -> c.event().runId().stream()).map(RunId::value).distinct().sorted()
                .map(id -> runs.computeIfAbsent(id, v -> find(new RunId(v)))).toList();
        return new PruneSelection(before, prefix, context, steps(context), keptRunning, keptBehind);
    }

    private boolean running(AuditEvent event, Map<String, Run> runs) {
        return event.runId().map(id -> runs.computeIfAbsent(id.value(), v -> find(id)))
                .map(r -> r.status() == RunStatus.RUNNING).orElse(false);
    }

    private List<Step> steps(List<Run> runs) {
        List<Step> steps = new ArrayList<>();
        for (Run run : runs) {
            Optional<String> stepAfter = Optional.empty();
            do {
                Page<Step> page = store.steps().list(run.runId(), new PageRequest(PAGE, stepAfter));
                steps.addAll(page.items());
                stepAfter = page.nextAfter();
            } while (stepAfter.isPresent());
        }
        return steps;
    }

    /**
     * Archives {@code selection} into {@code archive} (which must not exist: {@code backup_target_exists}),
     * verifies it, then deletes exactly its events with the prune record, which keeps the last pruned
     * position and its chain as the chain's anchor. Returns the record; an empty selection writes
     * nothing and returns empty.
     */
    public Optional<AuditPrune> prune(PruneSelection selection, Path archive) {
        if (Files.exists(archive)) {
            throw new StoreException(ReasonCode.BACKUP_TARGET_EXISTS, "the archive " + archive
                    + " already exists; it is never overwritten: choose another name or remove it");
        }
        if (selection.prefix().isEmpty()) {
            return Optional.empty();
        }
        String hash = writeArchive(selection, archive);
        TestCrashPoint.reach(ARCHIVE_VERIFIED);
        Set<EventId> ids = selection.prefix().stream().map(c -> c.event().eventId()).collect(Collectors.toSet());
        AuditPrune record = new AuditPrune(pruneIds.get(), Timestamps.now(clock), selection.before(), selection.firstTs(),
                selection.lastTs(), ids.size(), archive.getFileName().toString(), hash, selection.last());
        store.auditRetention().prune(ids, record);
        return Optional.of(record);
    }

    /**
     * Writes the archive in format version 2: the pruned events with their positions, linking from the
     * store's anchor before this prune, so that the archive proves the chain it removed up to the new
     * anchor. A chain whose stored part starts after prunes recorded before anchors existed cannot be
     * linked from anything, and is archived in version 1.
     */
    private String writeArchive(PruneSelection selection, Path archive) {
        Optional<ChainLink> anchor = store.auditHistory().anchor().map(ChainAnchor::link);
        long first = selection.prefix().get(0).link().seq();
        ExportHeader header = ExportHeader.chained(Timestamps.now(clock), schemaVersion, backend, anchor);
        if (first != anchor.map(ChainLink::seq).orElse(0L) + 1) {
            header = header.inVersion(ExportHeader.FORMAT_VERSION);
        }
        ExportHeader archiveHeader = header;
        try (PublishedFile file = PublishedFile.create(archive)) {
            ExportSummary written = new ExportWriter(file.stream(), n -> { }).write(archiveHeader, sink -> {
                selection.runs().forEach(sink);
                selection.steps().forEach(sink);
                selection.events().forEach(sink);
            });
            TestCrashPoint.reach(ARCHIVE_WRITTEN);
            file.commit(complete -> ArchiveCheck.requireReadsBack(complete, archive, written, schemaVersion));
            return written.contentHash();
        }
    }

    private Run find(RunId id) {
        return store.runs().find(id).orElseThrow(() -> new StoreException(ReasonCode.RUN_NOT_FOUND,
                "an audit event names run " + id + ", which does not exist"));
    }
}
