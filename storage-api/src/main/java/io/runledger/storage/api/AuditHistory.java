package io.runledger.storage.api;

import java.util.List;
import java.util.Optional;

/**
 * The audit log in commit order, as its hash chain holds it (SPEC S12): every stored event with its
 * {@link ChainLink}, and the head. Positions are given by the store when an append commits — one
 * claim of the head per transaction, so that concurrent writers (several processes on one server)
 * still make one gapless chain — and never change afterwards. Reading only: events enter through
 * {@link AuditLog} and {@link StoreContents}, and leave only through {@link AuditRetention}, which
 * removes a prefix of the chain and leaves its {@link ChainAnchor}. Implementations answer calls from
 * several threads at once: a chain check walks a long chain in stretches on several.
 */
public interface AuditHistory {
    /**
     * The last position the chain reached: that of the latest committed event, or (before any event)
     * position 0 with the genesis chain. Events pruned later do not move it back.
     */
    ChainLink head();

    /** At most {@code limit} stored events with positions above {@code seq}, in {@code seq} order. */
    List<ChainedEvent> after(long seq, int limit);

    /** The stored event at position {@code seq} (1 or above), if one holds it. */
    default Optional<ChainedEvent> at(long seq) {
        return after(seq - 1, 1).stream().filter(event -> event.link().seq() == seq).findFirst();
    }

    /**
     * Where the stored chain starts after prunes: the last position the latest anchored prune removed,
     * its chain, and that prune's record (archive content hash, time). No stored event has a position
     * at or below it. Empty when no prune left an anchor (none ran, or only prunes recorded before
     * anchors existed), and again after a restore, whose chain starts from the genesis.
     */
    Optional<ChainAnchor> anchor();
}
