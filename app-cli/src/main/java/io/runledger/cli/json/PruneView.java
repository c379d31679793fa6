package io.runledger.cli.json;

import io.runledger.domain.transfer.PruneSelection;
import io.runledger.storage.api.AuditPrune;
import io.runledger.storage.api.ChainLink;
import io.runledger.storage.api.Timestamps;
import java.util.Optional;

/**
 * {@code audit prune --json}: {@code dry_run}, {@code before}, {@code events} (pruned, or that would
 * be), {@code first_ts}/{@code last_ts} (null when none), {@code kept_running} (old events kept because
 * their run is running), {@code kept_behind} (other old events kept because an earlier position of the
 * audit chain stays: only a prefix is pruned), {@code runs}/{@code steps} (context in the archive),
 * {@code archive}, {@code archive_hash} and {@code prune_id} (null on a dry run or when nothing was
 * pruned), and {@code anchor_seq}/{@code anchor_chain}: the last position pruned (or that would be) and
 * its chain, from which {@code audit verify} starts (null when none).
 */
public record PruneView(boolean dryRun, String before, int events, String firstTs, String lastTs, long keptRunning,
                        long keptBehind, int runs, int steps, String archive, String archiveHash, String pruneId,
                        Long anchorSeq, String anchorChain) {
    /** The view of {@code selection}, pruned into {@code archive} as {@code record} (empty: a dry run or nothing to prune). */
    public static PruneView of(boolean dryRun, PruneSelection selection, String archive, Optional<AuditPrune> record) {
        boolean any = !selection.prefix().isEmpty();
        return new PruneView(dryRun, Timestamps.format(selection.before()), selection.prefix().size(),
                any ? Timestamps.format(selection.firstTs()) : null, any ? Timestamps.format(selection.lastTs()) : null,
                selection.keptRunning(), selection.keptBehind(), selection.runs().size(), selection.steps().size(), archive,
                record.map(AuditPrune::archiveHash).orElse(null), record.map(AuditPrune::pruneId).orElse(null),
                selection.last().map(ChainLink::seq).orElse(null), selection.last().map(ChainLink::chain).orElse(null));
    }
}
