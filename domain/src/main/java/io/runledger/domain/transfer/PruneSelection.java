package io.runledger.domain.transfer;

import io.runledger.storage.api.ChainLink;
import io.runledger.storage.api.ChainedEvent;
import io.runledger.storage.api.Run;
import io.runledger.storage.api.Step;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a prune takes: a prefix of the audit chain — the stored events from the first on, in {@code seq}
 * order, up to the first that is not older than {@code before} or (unless asked) belongs to a running
 * run — with the runs they name and those runs' steps (the archive's context, so that it imports on its
 * own), and how many older events it keeps: because their run is running, or because they come after a
 * position that stays (a prune never leaves a hole in the chain).
 *
 * @param prefix      the events to prune, with their positions, in {@code seq} order
 * @param keptRunning events older than {@code before} kept because their run is running
 * @param keptBehind  other events older than {@code before} kept because an earlier position stays
 */
public record PruneSelection(Instant before, List<ChainedEvent> prefix, List<Run> runs, List<Step> steps,
                             long keptRunning, long keptBehind) {
    public PruneSelection {
        Objects.requireNonNull(before, "before");
        prefix = List.copyOf(prefix);
        runs = List.copyOf(runs);
        steps = List.copyOf(steps);
    }

    /** The events to prune with their positions, in event id order, as the archive holds them. */
    public List<ChainedEvent> events() {
        return prefix.stream().sorted(Comparator.comparing(c -> c.event().eventId().value())).toList();
    }

    /** The last position the prune removes and its chain: the anchor it leaves; empty when it takes nothing. */
    public Optional<ChainLink> last() {
        return prefix.isEmpty() ? Optional.empty() : Optional.of(prefix.get(prefix.size() - 1).link());
    }

    /** The earliest {@code ts} among the selected events; the selection must not be empty. */
    public Instant firstTs() {
        return prefix.stream().map(c -> c.event().ts()).min(Instant::compareTo).orElseThrow();
    }

    /** The latest {@code ts} among the selected events; the selection must not be empty. */
    public Instant lastTs() {
        return prefix.stream().map(c -> c.event().ts()).max(Instant::compareTo).orElseThrow();
    }
}
