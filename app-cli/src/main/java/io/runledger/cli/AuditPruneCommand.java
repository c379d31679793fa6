package io.runledger.cli;

import io.runledger.bootstrap.LedgerRuntime;
import io.runledger.cli.json.JsonOutput;
import io.runledger.cli.json.PruneView;
import io.runledger.domain.IdGenerator;
import io.runledger.domain.transfer.AuditPruning;
import io.runledger.domain.transfer.PruneSelection;
import io.runledger.storage.api.AuditPrune;
import io.runledger.storage.api.Plural;
import io.runledger.storage.api.Store;
import io.runledger.storage.api.Timestamps;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code runledger audit prune}: archive old audit events into a verified export file, then delete them. */
@Command(name = "prune",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Prune the audit events with ts before TIMESTAMP: write them (with the runs they name and those "
                    + "runs' steps, as context) into the export file FILE, read it back and verify its content "
                    + "hash, publish it durably, and only then delete exactly those events in one transaction, "
                    + "leaving a prune record (range, count, archive hash, and the anchor: the last pruned seq and "
                    + "its chain, from which audit verify starts) that doctor and GET /v1/store show.",
            "Only a prefix of the audit chain is pruned: the events in seq order up to the first one that is "
                    + "not older than TIMESTAMP or belongs to a run that is still running (kept unless "
                    + "--include-running); older events after it are kept and counted. Events of no run are "
                    + "pruned. FILE is never overwritten (exit 8, backup_target_exists) and imports into an empty "
                    + "store with `store import`. Killed at any point, every event is still in the store or in "
                    + "the verified archive. Exit 3 for a missing store; nothing selected writes nothing."})
final class AuditPruneCommand implements Callable<Integer> {
    private final CommandContext context;

    @Option(names = "--before", required = true, paramLabel = "TIMESTAMP",
            description = "Prune events with ts before this time (2026-11-21T10:00:00.000000Z).")
    private String before;

    @Option(names = "--archive", required = true, paramLabel = "FILE",
            description = "The export file to write the pruned events into (must not exist).")
    private Path archive;

    @Option(names = "--dry-run", description = "Print what would be pruned; write nothing.")
    private boolean dryRun;

    @Option(names = "--include-running", description = "Also prune events of runs whose status is running.")
    private boolean includeRunning;

    @Option(names = "--json", description = "Print one JSON object (see docs/RUNBOOK.md, Retention).")
    private boolean json;

    AuditPruneCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try (LedgerRuntime runtime = context.openRuntime()) {
            Store store = runtime.store();
            Path target = context.resolve(archive);
            IdGenerator ids = new IdGenerator(Clock.systemUTC());
            AuditPruning pruning = new AuditPruning(store, runtime.config().backend().value(),
                    runtime.admin().status().schemaVersion(), ids::next, Clock.systemUTC());
            PruneSelection selection = pruning.select(Timestamps.parse("before", before), includeRunning);
            Optional<AuditPrune> record = dryRun ? Optional.empty() : pruning.prune(selection, target);
            print(PruneView.of(dryRun, selection, target.toString(), record));
        }
        return 0;
    }

    private void print(PruneView view) {
        if (json) {
            context.console().line(JsonOutput.write(view));
            return;
        }
        String range = view.events() == 0 ? "" : " (ts " + view.firstTs() + " to " + view.lastTs() + ")";
        String kept = (view.keptRunning() == 0 ? "" : "; kept " + view.keptRunning() + " of running runs")
                + (view.keptBehind() == 0 ? "" : "; kept " + view.keptBehind() + " more behind a position that stays"
                + " (only a prefix of the audit chain is pruned)");
        String anchor = view.anchorSeq() == null ? "" : ", anchor seq " + view.anchorSeq() + " chain " + view.anchorChain();
        if (view.dryRun()) {
            context.console().line("Would prune " + Plural.of(view.events(), "audit event") + " before " + view.before() + range
                    + " into " + view.archive() + " with " + Plural.of(view.runs(), "run") + " and "
                    + Plural.of(view.steps(), "step") + " as context"
                    + anchor + kept + "; nothing was written.");
        } else if (view.events() == 0) {
            context.console().line("Nothing to prune before " + view.before() + kept + "; nothing was written.");
        } else {
            context.console().line("Pruned " + Plural.of(view.events(), "audit event") + " before " + view.before() + range
                    + " into " + view.archive() + " (verified, content hash " + view.archiveHash() + ", prune "
                    + view.pruneId() + anchor + ")" + kept + ".");
        }
    }
}
