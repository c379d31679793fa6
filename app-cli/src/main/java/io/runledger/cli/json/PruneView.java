package io.runledger.cli.json;

import io.runledger.domain.transfer.PruneSelection;
import io.runledger.storage.api.AuditPrune;
import io.runledger.storage.api.Timestamps;
import java.util.Optional;

/**
 * {@code audit prune --json}: {@code dry_run}, {@code before}, {@code events} (pruned, or that would
 * be), {@code first_ts}/{@code last_ts} (null when none), {@code kept_running} (old events kept because
 * their run is running), {@code runs}/{@code steps} (context in the archive), {@code archive},
 * {@code archive_hash} and {@code prune_id} (null on a dry run or when nothing was pruned).
 */
public record PruneView(boolean dryRun, String before, int events, String firstTs, String lastTs, long keptRunning,
                        int runs, int steps, String archive, String archiveHash, String pruneId) {
    /** The view of {@code selection}, pruned into {@code archive} as {@code record} (empty: a dry run or nothing to prune). */
    public static PruneView of(boolean dryRun, PruneSelection selection, String archive, Optional<AuditPrune> record) {
        boolean any = !selection.events().isEmpty();
        return new PruneView(dryRun, Timestamps.format(selection.before()), selection.events().size(),
                any ? Timestamps.format(selection.firstTs()) : null, any ? Timestamps.format(selection.lastTs()) : null,
                selection.keptRunning(), selection.runs().size(), selection.steps().size(), archive,
                record.map(AuditPrune::archiveHash).orElse(null), record.map(AuditPrune::pruneId).orElse(null));
    }
}
